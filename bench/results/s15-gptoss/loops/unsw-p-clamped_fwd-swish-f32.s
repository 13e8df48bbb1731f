    14b0:	vmulps 0xc0(%rsp),%zmm29,%zmm24
    14b8:	vandps %zmm12,%zmm29,%zmm30
    14be:	vandps %zmm12,%zmm24,%zmm31
    14c4:	vmovaps 0x80(%rsp),%zmm4
    14cc:	vfmadd213ps %zmm31,%zmm30,%zmm4
    14d2:	vorps  %zmm13,%zmm31,%zmm14
    14d8:	vcmpgtps 0x40(%rsp),%zmm31,%k1
    14e1:	vmaxps (%rsp),%zmm14,%zmm14
    14e8:	vmovaps %zmm16,%zmm31
    14ee:	vfmadd231ps 0x100(%rsp),%zmm14,%zmm31
    14f6:	vsubps %zmm31,%zmm16,%zmm15
    14fc:	vfmadd231ps %zmm18,%zmm15,%zmm14
    1502:	vfmadd231ps %zmm19,%zmm15,%zmm14
    1508:	vaddps %zmm4,%zmm14,%zmm4
    150e:	vmovaps %zmm14,%zmm4{%k1}
    1514:	vmulps %zmm4,%zmm4,%zmm14
    151a:	vmovaps %zmm20,%zmm15
    1520:	vfmadd213ps %zmm21,%zmm4,%zmm15
    1526:	vfmadd213ps %zmm22,%zmm4,%zmm15
    152c:	vfmadd213ps %zmm23,%zmm4,%zmm15
    1532:	vfmadd213ps %zmm25,%zmm4,%zmm15
    1538:	vfmadd213ps %zmm9,%zmm4,%zmm15
    153e:	vfmadd213ps %zmm4,%zmm14,%zmm15
    1544:	vpslld $0x17,%zmm31,%zmm4
    154b:	vpcmpgtd %zmm26,%zmm31,%k1
    1551:	vmovaps %zmm4,%zmm4{%k1}{z}
    1557:	vmovaps %zmm4,%zmm14
    155d:	vfmadd213ps %zmm4,%zmm15,%zmm14
    1563:	vaddps %zmm8,%zmm14,%zmm14
    1569:	vaddps 0xdac9(%rip){1to16},%zmm14,%zmm17        # f03c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x490c>
    1573:	vsubps %zmm17,%zmm4,%zmm17
    1579:	vfmadd231ps %zmm4,%zmm15,%zmm17
    157f:	vcmpltps %zmm27,%zmm24,%k1
    1586:	vmovaps %zmm15,%zmm4{%k1}{z}
    158c:	vmovaps %zmm29,%zmm15
    1592:	vfmadd231ps %zmm29,%zmm4,%zmm15
    1598:	vsubps %zmm15,%zmm29,%zmm24
    159e:	vfmadd231ps %zmm4,%zmm29,%zmm24
    15a4:	vdivps %zmm14,%zmm15,%zmm4
    15aa:	vpbroadcastd 0xda8c(%rip),%zmm15        # f040 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4910>
    15b4:	vfnmadd231ps %zmm17,%zmm4,%zmm24
    15ba:	vpsubd %zmm14,%zmm15,%zmm14
    15c0:	vfmadd213ps %zmm4,%zmm24,%zmm14
    15c6:	vpbroadcastd 0xda40(%rip),%zmm4        # f010 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x48e0>
    15d0:	vmovdqa32 %zmm31,%zmm4{%k1}
    15d6:	vpmaxsd 0xda64(%rip){1to16},%zmm4,%zmm15        # f044 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4914>
    15e0:	vpslld $0x17,%zmm15,%zmm17
    15e7:	vmulps %zmm17,%zmm14,%zmm24
    15ed:	vpsubd %zmm15,%zmm4,%zmm31
    15f3:	vmovaps %zmm27,%zmm30{%k1}
    15f9:	vandps 0xda45(%rip){1to16},%zmm29,%zmm4        # f048 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4918>
    1603:	vpcmpeqd 0xda3f(%rip){1to16},%zmm4,%k1        # f04c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x491c>
    160d:	vmovaps %zmm30,%zmm24{%k1}
    1613:	vpternlogd $0xf8,%zmm13,%zmm29,%zmm24
    161a:	vmulps %zmm24,%zmm28,%zmm4
    1620:	vmulps %zmm4,%zmm1,%zmm4
    1626:	vpmaxsd %zmm10,%zmm31,%zmm14
    162c:	vpslld $0x17,%zmm14,%zmm15
    1633:	vpaddd %zmm11,%zmm15,%zmm15
    1639:	vmulps %zmm15,%zmm4,%zmm4
    163f:	vpsubd %zmm14,%zmm31,%zmm14
    1645:	vpslld $0x17,%zmm14,%zmm14
    164c:	vpaddd %zmm11,%zmm14,%zmm14
    1652:	vmulps %zmm14,%zmm4,%zmm4
    1658:	vmovaps %zmm4,(%rsi,%rdx,1)
    165f:	inc    %rax
    1662:	add    $0x40,%rdx
    1666:	cmp    %rax,%rcx
    1669:	je     1a0b <nd_pairs_run+0xa0b>
    166f:	vucomiss %xmm5,%xmm0
    1673:	prefetcht0 -0x40(%rdi,%rdx,2)
    1678:	prefetcht0 (%rdi,%rdx,2)
    167c:	vmovaps -0x840(%rdi,%rdx,2),%zmm24
    1684:	vmovaps -0x800(%rdi,%rdx,2),%zmm28
    168c:	vmovaps %zmm24,%zmm29
    1692:	vpermt2ps %zmm28,%zmm6,%zmm29
    1698:	vpermt2ps %zmm28,%zmm7,%zmm24
    169e:	vminps %zmm29,%zmm2,%zmm29
    16a4:	vminps %zmm24,%zmm2,%zmm28
    16aa:	vcmpltps %zmm3,%zmm24,%k1
    16b1:	vmovaps %zmm3,%zmm28{%k1}
    16b7:	vaddps %zmm8,%zmm28,%zmm28
    16bd:	jne    14b0 <nd_pairs_run+0x4b0>
