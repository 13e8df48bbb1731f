    1310:	vmulps 0x80(%rsp),%zmm29,%zmm4
    1318:	vandps %zmm10,%zmm29,%zmm31
    131e:	vandps %zmm10,%zmm4,%zmm5
    1324:	vmovaps 0xc0(%rsp),%zmm6
    132c:	vfmadd213ps %zmm5,%zmm31,%zmm6
    1332:	vcmpgtps 0xdccb(%rip){1to16},%zmm5,%k1        # f008 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4bb8>
    133d:	vorps  %zmm11,%zmm5,%zmm5
    1343:	vmaxps 0x40(%rsp),%zmm5,%zmm5
    134b:	vmovaps %zmm13,%zmm8
    1351:	vfmadd231ps %zmm14,%zmm5,%zmm8
    1357:	vsubps %zmm8,%zmm13,%zmm12
    135d:	vfmadd231ps %zmm15,%zmm12,%zmm5
    1363:	vfmadd231ps %zmm16,%zmm12,%zmm5
    1369:	vaddps %zmm6,%zmm5,%zmm6
    136f:	vmovaps %zmm5,%zmm6{%k1}
    1375:	vmulps %zmm6,%zmm6,%zmm5
    137b:	vmovaps %zmm7,%zmm12
    1381:	vfmadd213ps %zmm18,%zmm6,%zmm12
    1387:	vfmadd213ps %zmm19,%zmm6,%zmm12
    138d:	vfmadd213ps %zmm20,%zmm6,%zmm12
    1393:	vfmadd213ps %zmm21,%zmm6,%zmm12
    1399:	vfmadd213ps %zmm22,%zmm6,%zmm12
    139f:	vfmadd213ps %zmm6,%zmm5,%zmm12
    13a5:	vpslld $0x17,%zmm8,%zmm5
    13ac:	vpcmpgtd %zmm23,%zmm8,%k1
    13b2:	vmovaps %zmm5,%zmm5{%k1}{z}
    13b8:	vmovaps %zmm5,%zmm6
    13be:	vfmadd213ps %zmm5,%zmm12,%zmm6
    13c4:	vaddps %zmm9,%zmm6,%zmm6
    13ca:	vaddps %zmm25,%zmm6,%zmm17
    13d0:	vsubps %zmm17,%zmm5,%zmm17
    13d6:	vfmadd231ps %zmm5,%zmm12,%zmm17
    13dc:	vcmpltps %zmm24,%zmm4,%k1
    13e3:	vmovaps %zmm12,%zmm4{%k1}{z}
    13e9:	vmovaps %zmm29,%zmm5
    13ef:	vfmadd231ps %zmm29,%zmm4,%zmm5
    13f5:	vsubps %zmm5,%zmm29,%zmm12
    13fb:	vdivps %zmm6,%zmm5,%zmm5
    1401:	vfmadd231ps %zmm4,%zmm29,%zmm12
    1407:	vfnmadd231ps %zmm17,%zmm5,%zmm12
    140d:	vpsubd %zmm6,%zmm26,%zmm4
    1413:	vfmadd213ps %zmm5,%zmm12,%zmm4
    1419:	vpbroadcastd 0xdbed(%rip),%zmm5        # f010 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4bc0>
    1423:	vmovdqa32 %zmm8,%zmm5{%k1}
    1429:	vpmaxsd 0xdc11(%rip){1to16},%zmm5,%zmm6        # f044 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4bf4>
    1433:	vpslld $0x17,%zmm6,%zmm8
    143a:	vmulps %zmm8,%zmm4,%zmm4
    1440:	vpsubd %zmm6,%zmm5,%zmm5
    1446:	vmovaps %zmm24,%zmm31{%k1}
    144c:	vandps 0xdbf2(%rip){1to16},%zmm29,%zmm6        # f048 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4bf8>
    1456:	vpcmpeqd 0xdbec(%rip){1to16},%zmm6,%k1        # f04c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4bfc>
    1460:	vmovaps %zmm31,%zmm4{%k1}
    1466:	vpternlogd $0xf8,%zmm11,%zmm29,%zmm4
    146d:	vmulps %zmm4,%zmm30,%zmm4
    1473:	vmulps %zmm4,%zmm1,%zmm4
    1479:	vpmaxsd %zmm27,%zmm5,%zmm6
    147f:	vpslld $0x17,%zmm6,%zmm8
    1486:	vpaddd %zmm28,%zmm8,%zmm8
    148c:	vmulps %zmm8,%zmm4,%zmm4
    1492:	vpsubd %zmm6,%zmm5,%zmm5
    1498:	vpslld $0x17,%zmm5,%zmm5
    149f:	vpaddd %zmm28,%zmm5,%zmm5
    14a5:	vmulps %zmm5,%zmm4,%zmm4
    14ab:	vmovaps %zmm4,(%rsi,%rdx,1)
    14b2:	inc    %rax
    14b5:	add    $0x40,%rdx
    14b9:	cmp    %rax,%rcx
    14bc:	vmovaps 0x30(%rsp),%xmm0
    14c2:	je     1206 <nd_pairs_run+0x206>
    14c8:	vucomiss 0xdb34(%rip),%xmm0        # f004 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4bb4>
    14d0:	prefetcht0 -0x40(%rdi,%rdx,2)
    14d5:	prefetcht0 (%rdi,%rdx,2)
    14d9:	vmovaps -0x840(%rdi,%rdx,2),%zmm4
    14e1:	vmovaps -0x800(%rdi,%rdx,2),%zmm5
    14e9:	vmovaps %zmm4,%zmm29
    14ef:	vmovaps 0xdb87(%rip),%zmm0        # f080 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4c30>
    14f9:	vpermt2ps %zmm5,%zmm0,%zmm29
    14ff:	vmovaps 0xdbb7(%rip),%zmm0        # f0c0 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4c70>
    1509:	vpermt2ps %zmm5,%zmm0,%zmm4
    150f:	vminps %zmm29,%zmm2,%zmm29
    1515:	vminps %zmm4,%zmm2,%zmm5
    151b:	vcmpltps %zmm3,%zmm4,%k1
    1522:	vmovaps %zmm3,%zmm5{%k1}
    1528:	vaddps %zmm9,%zmm5,%zmm30
    152e:	jne    1310 <nd_pairs_run+0x310>
