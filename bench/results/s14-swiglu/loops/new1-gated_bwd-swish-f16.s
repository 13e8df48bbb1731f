    1326:	vmulps %zmm28,%zmm23,%zmm10
    132c:	vmulps %zmm27,%zmm24,%zmm20
    1332:	vmulps %zmm20,%zmm1,%zmm20
    1338:	vpslld $0x17,%zmm26,%zmm23
    133f:	vpaddd %zmm21,%zmm23,%zmm23
    1345:	vmulps %zmm23,%zmm20,%zmm20
    134b:	vmulps %zmm10,%zmm1,%zmm10
    1351:	vmulps %zmm23,%zmm10,%zmm10
    1357:	vcvtps2ph $0x0,%zmm10,(%rcx,%rbx,1)
    135f:	vcvtps2ph $0x0,%zmm20,(%r8,%rbx,1)
    1367:	inc    %rax
    136a:	add    $0x20,%r8
    136e:	add    $0x20,%rcx
    1372:	add    $0x20,%rdx
    1376:	add    $0x20,%rsi
    137a:	add    $0x20,%rdi
    137e:	add    $0x20,%r11
    1382:	add    $0x20,%r14
    1386:	add    $0x20,%r9
    138a:	cmp    %rax,%r10
    138d:	je     174c <nd_rows_run+0x56c>
    1393:	prefetcht0 (%r9,%rbx,1)
    1398:	prefetcht0 (%r14,%rbx,1)
    139d:	prefetcht0 (%r11,%rbx,1)
    13a2:	vcvtph2ps (%rdi,%rbx,1),%zmm25
    13a9:	vcvtph2ps (%rsi,%rbx,1),%zmm23
    13b0:	vcvtph2ps (%rdx,%rbx,1),%zmm24
    13b7:	vucomiss %xmm19,%xmm0
    13bd:	jne    13c5 <nd_rows_run+0x1e5>
    13bf:	jnp    1300 <nd_rows_run+0x120>
    13c5:	vmulps %zmm25,%zmm2,%zmm27
    13cb:	vminps %zmm27,%zmm3,%zmm26
    13d1:	vmaxps %zmm26,%zmm4,%zmm26
    13d7:	vmovaps %zmm5,%zmm28
    13dd:	vfmadd231ps %zmm6,%zmm26,%zmm28
    13e3:	vsubps %zmm28,%zmm5,%zmm29
    13e9:	vpmaxsd %zmm7,%zmm28,%zmm30
    13ef:	vpslld $0x17,%zmm30,%zmm31
    13f6:	vaddps %zmm16,%zmm26,%zmm20
    13fc:	vfmadd231ps %zmm8,%zmm29,%zmm26
    1402:	vfmadd231ps %zmm9,%zmm29,%zmm26
    1408:	vmulps %zmm26,%zmm26,%zmm29
    140e:	vmovaps %zmm22,%zmm10
    1414:	vfmadd213ps %zmm11,%zmm26,%zmm10
    141a:	vfmadd213ps %zmm12,%zmm26,%zmm10
    1420:	vfmadd213ps %zmm13,%zmm26,%zmm10
    1426:	vfmadd213ps %zmm14,%zmm26,%zmm10
    142c:	vfmadd213ps %zmm15,%zmm26,%zmm10
    1432:	vfmadd213ps %zmm26,%zmm29,%zmm10
    1438:	vfmadd213ps %zmm31,%zmm31,%zmm10
    143e:	vpsubd %zmm30,%zmm28,%zmm26
    1444:	vaddps %zmm16,%zmm10,%zmm28
    144a:	vdivps %zmm28,%zmm16,%zmm28
    1450:	vpmaxsd %zmm18,%zmm26,%zmm26
    1456:	vcmpeqps %zmm17,%zmm27,%k1
    145d:	vmulps %zmm28,%zmm10,%zmm27
    1463:	vmulps %zmm27,%zmm25,%zmm27
    1469:	vandps 0x15bcd(%rip){1to16},%zmm25,%zmm27{%k1}        # 17040 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7960>
    1473:	vaddps %zmm10,%zmm20,%zmm20
    1479:	vmulps %zmm20,%zmm10,%zmm10
    147f:	vmulps %zmm28,%zmm28,%zmm20
    1485:	vmulps %zmm20,%zmm10,%zmm10
    148b:	vmovaps 0x15c2b(%rip),%zmm10{%k1}        # 170c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x79e0>
    1495:	vmulps %zmm10,%zmm24,%zmm28
    149b:	jmp    1326 <nd_rows_run+0x146>
