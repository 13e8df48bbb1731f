    1346:	vmulps %zmm5,%zmm24,%zmm4
    134c:	vcmpltps %zmm29,%zmm2,%k0
    1353:	vcmpnltps %zmm31,%zmm2,%k2
    135a:	vmulps %zmm6,%zmm30,%zmm5
    1360:	vmulps %zmm5,%zmm1,%zmm5
    1366:	vpslld $0x17,%zmm22,%zmm6
    136d:	vpaddd %zmm25,%zmm6,%zmm6
    1373:	vmulps %zmm4,%zmm1,%zmm4
    1379:	vmulps %zmm6,%zmm4,%zmm4{%k2}{z}
    137f:	korw   %k1,%k0,%k0
    1383:	knotw  %k0,%k1
    1387:	vmulps %zmm6,%zmm5,%zmm5{%k1}{z}
    138d:	vmovaps %zmm4,%zmm6
    1393:	vmovaps 0x16da3(%rip),%zmm8        # 18140 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7a50>
    139d:	vpermt2ps %zmm5,%zmm8,%zmm6
    13a3:	vmovaps 0x16dd3(%rip),%zmm8        # 18180 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7a90>
    13ad:	vpermt2ps %zmm5,%zmm8,%zmm4
    13b3:	vcvtps2ph $0x0,%zmm6,(%rdx,%rcx,1)
    13bb:	vcvtps2ph $0x0,%zmm4,0x20(%rdx,%rcx,1)
    13c4:	inc    %rax
    13c7:	add    $0x20,%rsi
    13cb:	add    $0x40,%rdx
    13cf:	add    $0x40,%rdi
    13d3:	cmp    %rax,%r8
    13d6:	je     18c3 <nd_pairs_run+0x6e3>
    13dc:	prefetcht0 0x800(%rdi,%rcx,1)
    13e4:	prefetcht0 0x800(%rsi)
    13eb:	vcvtph2ps (%rdi,%rcx,1),%zmm29
    13f2:	vcvtph2ps 0x20(%rdi,%rcx,1),%zmm5
    13fa:	vcvtph2ps (%rsi),%zmm30
    1400:	vucomiss 0x16c40(%rip),%xmm0        # 18048 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7958>
    1408:	vmovaps %zmm29,%zmm31
    140e:	vmovaps 0x16ca8(%rip),%zmm4        # 180c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x79d0>
    1418:	vpermt2ps %zmm5,%zmm4,%zmm31
    141e:	vmovaps 0x16cd8(%rip),%zmm4        # 18100 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7a10>
    1428:	vpermt2ps %zmm5,%zmm4,%zmm29
    142e:	vminps %zmm31,%zmm2,%zmm28
    1434:	vminps %zmm29,%zmm2,%zmm5
    143a:	vcmpltps %zmm3,%zmm29,%k1
    1441:	vmovaps %zmm3,%zmm5{%k1}
    1447:	vaddps %zmm7,%zmm5,%zmm24
    144d:	jne    1455 <nd_pairs_run+0x275>
    144f:	jnp    1320 <nd_pairs_run+0x140>
    1455:	vmulps 0xc0(%rsp),%zmm28,%zmm5
    145d:	vmovaps 0x80(%rsp),%zmm4
    1465:	vminps %zmm5,%zmm4,%zmm6
    146b:	vmovaps 0x40(%rsp),%zmm4
    1473:	vmaxps %zmm6,%zmm4,%zmm6
    1479:	vmovaps %zmm10,%zmm22
    147f:	vfmadd231ps %zmm11,%zmm6,%zmm22
    1485:	vsubps %zmm22,%zmm10,%zmm26
    148b:	vpmaxsd %zmm12,%zmm22,%zmm27
    1491:	vpslld $0x17,%zmm27,%zmm4
    1498:	vaddps %zmm7,%zmm6,%zmm8
    149e:	vfmadd231ps %zmm13,%zmm26,%zmm6
    14a4:	vfmadd231ps %zmm14,%zmm26,%zmm6
    14aa:	vmulps %zmm6,%zmm6,%zmm26
    14b0:	vmovaps %zmm9,%zmm15
    14b6:	vfmadd213ps %zmm16,%zmm6,%zmm15
    14bc:	vfmadd213ps %zmm17,%zmm6,%zmm15
    14c2:	vfmadd213ps %zmm18,%zmm6,%zmm15
    14c8:	vfmadd213ps %zmm19,%zmm6,%zmm15
    14ce:	vfmadd213ps %zmm20,%zmm6,%zmm15
    14d4:	vfmadd213ps %zmm6,%zmm26,%zmm15
    14da:	vfmadd213ps %zmm4,%zmm4,%zmm15
    14e0:	vpsubd %zmm27,%zmm22,%zmm4
    14e6:	vaddps %zmm7,%zmm15,%zmm6
    14ec:	vdivps %zmm6,%zmm7,%zmm26
    14f2:	vpmaxsd %zmm23,%zmm4,%zmm22
    14f8:	vcmpeqps %zmm21,%zmm5,%k2
    14ff:	vmulps %zmm26,%zmm15,%zmm4
    1505:	vmulps %zmm4,%zmm28,%zmm6
    150b:	vandps 0x16b2b(%rip){1to16},%zmm28,%zmm6{%k2}        # 18040 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7950>
    1515:	vaddps %zmm15,%zmm8,%zmm4
    151b:	vmulps %zmm4,%zmm15,%zmm4
    1521:	vmulps %zmm26,%zmm26,%zmm5
    1527:	vmulps %zmm5,%zmm4,%zmm4
    152d:	vmovaps 0x16c89(%rip),%zmm4{%k2}        # 181c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7ad0>
    1537:	vmulps %zmm4,%zmm30,%zmm5
    153d:	jmp    1346 <nd_pairs_run+0x166>
