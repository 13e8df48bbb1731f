    140e:	vmovaps %zmm21,%zmm6{%k1}
    1414:	vandps %zmm27,%zmm31,%zmm9
    141a:	vpcmpeqd %zmm28,%zmm9,%k1
    1420:	vmovaps %zmm6,%zmm5{%k1}
    1426:	vmovaps 0x30(%rsp),%xmm0
    142c:	vmovaps 0xcc8a(%rip),%zmm6        # e0c0 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x4380>
    1436:	vpermt2ps %zmm2,%zmm6,%zmm3
    143c:	vpternlogd $0xf8,%zmm8,%zmm31,%zmm5
    1443:	vmulps %zmm5,%zmm3,%zmm2
    1449:	vmulps %zmm2,%zmm1,%zmm2
    144f:	vpmaxsd %zmm29,%zmm4,%zmm3
    1455:	vpslld $0x17,%zmm3,%zmm5
    145c:	vpaddd %zmm30,%zmm5,%zmm5
    1462:	vmulps %zmm5,%zmm2,%zmm2
    1468:	vpsubd %zmm3,%zmm4,%zmm3
    146e:	vpslld $0x17,%zmm3,%zmm3
    1475:	vpaddd %zmm30,%zmm3,%zmm3
    147b:	vmulps %zmm3,%zmm2,%zmm2
    1481:	vmovaps %zmm2,(%rsi,%rdx,1)
    1488:	inc    %rax
    148b:	add    $0x40,%rdx
    148f:	cmp    %rax,%rcx
    1492:	je     1187 <nd_pairs_run+0x187>
    1498:	vucomiss 0xcb64(%rip),%xmm0        # e004 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x42c4>
    14a0:	prefetcht0 -0x40(%rdi,%rdx,2)
    14a5:	prefetcht0 (%rdi,%rdx,2)
    14a9:	vmovaps -0x840(%rdi,%rdx,2),%zmm3
    14b1:	vmovaps -0x800(%rdi,%rdx,2),%zmm2
    14b9:	vmovaps %zmm3,%zmm31
    14bf:	vmovaps 0xcbb7(%rip),%zmm0        # e080 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x4340>
    14c9:	vpermt2ps %zmm2,%zmm0,%zmm31
    14cf:	jne    12e0 <nd_pairs_run+0x2e0>
    14d5:	jp     12e0 <nd_pairs_run+0x2e0>
    14db:	vandps %zmm7,%zmm31,%zmm6
    14e1:	vorps  %zmm8,%zmm6,%zmm4
    14e7:	vmaxps 0xc0(%rsp),%zmm4,%zmm4
    14ef:	vmovaps %zmm10,%zmm5
    14f5:	vfmadd231ps 0x80(%rsp),%zmm4,%zmm5
    14fd:	vsubps %zmm5,%zmm10,%zmm9
    1503:	vfmadd231ps 0x40(%rsp),%zmm9,%zmm4
    150b:	vfmadd231ps 0x100(%rsp),%zmm9,%zmm4
    1513:	vmulps %zmm4,%zmm4,%zmm9
    1519:	vmovaps %zmm13,%zmm14
    151f:	vfmadd213ps %zmm15,%zmm4,%zmm14
    1525:	vfmadd213ps %zmm16,%zmm4,%zmm14
    152b:	vfmadd213ps %zmm17,%zmm4,%zmm14
    1531:	vfmadd213ps %zmm18,%zmm4,%zmm14
    1537:	vfmadd213ps %zmm19,%zmm4,%zmm14
    153d:	vfmadd213ps %zmm4,%zmm9,%zmm14
    1543:	vpslld $0x17,%zmm5,%zmm4
    154a:	vpcmpgtd %zmm20,%zmm5,%k1
    1550:	vmovaps %zmm4,%zmm4{%k1}{z}
    1556:	vmovaps %zmm4,%zmm9
    155c:	vfmadd213ps %zmm4,%zmm14,%zmm9
    1562:	vaddps %zmm22,%zmm9,%zmm9
    1568:	vaddps %zmm23,%zmm9,%zmm11
    156e:	vsubps %zmm11,%zmm4,%zmm11
    1574:	vfmadd231ps %zmm4,%zmm14,%zmm11
    157a:	vcmpltps %zmm21,%zmm31,%k1
    1581:	vmovaps %zmm14,%zmm4{%k1}{z}
    1587:	vmovaps %zmm31,%zmm14
    158d:	vfmadd231ps %zmm31,%zmm4,%zmm14
    1593:	vsubps %zmm14,%zmm31,%zmm12
    1599:	vfmadd231ps %zmm4,%zmm31,%zmm12
    159f:	vdivps %zmm9,%zmm14,%zmm4
    15a5:	vfnmadd231ps %zmm11,%zmm4,%zmm12
    15ab:	vpsubd %zmm9,%zmm24,%zmm9
    15b1:	vfmadd213ps %zmm4,%zmm12,%zmm9
    15b7:	vpblendmd %zmm5,%zmm25,%zmm4{%k1}
    15bd:	vpmaxsd %zmm26,%zmm4,%zmm11
    15c3:	vpslld $0x17,%zmm11,%zmm5
    15ca:	vmulps %zmm5,%zmm9,%zmm5
    15d0:	vpsubd %zmm11,%zmm4,%zmm4
    15d6:	jmp    140e <nd_pairs_run+0x40e>
