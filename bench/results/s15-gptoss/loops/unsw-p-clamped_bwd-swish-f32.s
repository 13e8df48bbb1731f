    168f:	vmulps %zmm28,%zmm6,%zmm4
    1695:	vcmpltps %zmm30,%zmm2,%k0
    169c:	vcmpnltps %zmm31,%zmm2,%k2
    16a3:	vmulps %zmm5,%zmm11,%zmm5
    16a9:	vmulps %zmm5,%zmm1,%zmm5
    16af:	vpmaxsd %zmm26,%zmm16,%zmm6
    16b5:	vpslld $0x17,%zmm6,%zmm11
    16bc:	vpaddd %zmm27,%zmm11,%zmm11
    16c2:	vmulps %zmm11,%zmm5,%zmm5
    16c8:	vpsubd %zmm6,%zmm16,%zmm6
    16ce:	vpslld $0x17,%zmm6,%zmm6
    16d5:	vpaddd %zmm27,%zmm6,%zmm6
    16db:	vmulps %zmm4,%zmm1,%zmm4
    16e1:	vpmaxsd %zmm26,%zmm20,%zmm11
    16e7:	vpslld $0x17,%zmm11,%zmm14
    16ee:	vpaddd %zmm27,%zmm14,%zmm14
    16f4:	vmulps %zmm14,%zmm4,%zmm4
    16fa:	vpsubd %zmm11,%zmm20,%zmm11
    1700:	vpslld $0x17,%zmm11,%zmm11
    1707:	vpaddd %zmm27,%zmm11,%zmm11
    170d:	vmulps %zmm11,%zmm4,%zmm4{%k2}{z}
    1713:	korw   %k1,%k0,%k0
    1717:	knotw  %k0,%k1
    171b:	vmulps %zmm6,%zmm5,%zmm5{%k1}{z}
    1721:	vmovaps %zmm4,%zmm6
    1727:	vmovaps 0x169cf(%rip),%zmm0        # 18100 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7620>
    1731:	vpermt2ps %zmm5,%zmm0,%zmm6
    1737:	vmovaps %zmm6,(%rdx,%rcx,2)
    173e:	vmovaps 0x169f8(%rip),%zmm0        # 18140 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7660>
    1748:	vpermt2ps %zmm5,%zmm0,%zmm4
    174e:	vmovaps %zmm4,0x40(%rdx,%rcx,2)
    1756:	inc    %rax
    1759:	add    $0x40,%rcx
    175d:	cmp    %rax,%r8
    1760:	je     1f53 <nd_pairs_run+0xf53>
    1766:	prefetcht0 -0x40(%rdi,%rcx,2)
    176b:	prefetcht0 (%rdi,%rcx,2)
    176f:	prefetcht0 (%rsi,%rcx,1)
    1773:	vmovaps -0x840(%rdi,%rcx,2),%zmm30
    177b:	vucomiss 0x168d7(%rip),%xmm18        # 1805c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x757c>
    1785:	vmovaps -0x800(%rdi,%rcx,2),%zmm5
    178d:	vmovaps %zmm30,%zmm31
    1793:	vmovaps 0x168e3(%rip),%zmm4        # 18080 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x75a0>
    179d:	vpermt2ps %zmm5,%zmm4,%zmm31
    17a3:	vmovaps -0x800(%rsi,%rcx,1),%zmm11
    17ab:	vmovaps 0x1690b(%rip),%zmm4        # 180c0 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x75e0>
    17b5:	vpermt2ps %zmm5,%zmm4,%zmm30
    17bb:	vminps %zmm31,%zmm2,%zmm24
    17c1:	vminps %zmm30,%zmm2,%zmm5
    17c7:	vcmpltps %zmm3,%zmm30,%k1
    17ce:	vmovaps %zmm3,%zmm5{%k1}
    17d4:	vaddps %zmm7,%zmm5,%zmm6
    17da:	jne    17e2 <nd_pairs_run+0x7e2>
    17dc:	jnp    1660 <nd_pairs_run+0x660>
    17e2:	vmovaps 0x1c0(%rsp),%zmm0
    17ea:	vmulps %zmm24,%zmm0,%zmm28
    17f0:	vxorps %zmm8,%zmm28,%zmm29
    17f6:	vmovaps %zmm24,%zmm5
    17fc:	vfmsub213ps %zmm28,%zmm0,%zmm5
    1802:	vandps %zmm9,%zmm28,%zmm16
    1808:	vpcmpeqd %zmm10,%zmm16,%k2
    180e:	vxorps %xmm0,%xmm0,%xmm0
    1812:	vmovaps %zmm0,%zmm5{%k2}
    1818:	vxorps %zmm8,%zmm5,%zmm20
    181e:	vcmpltps %zmm29,%zmm28,%k3
    1825:	vmovaps %zmm5,%zmm20{%k3}
    182b:	vandps %zmm13,%zmm28,%zmm16
    1831:	vorps  %zmm8,%zmm16,%zmm18
    1837:	vcmpgtps 0x180(%rsp),%zmm16,%k4
    1840:	vmaxps %zmm15,%zmm18,%zmm18
    1846:	vmovaps %zmm12,%zmm16
    184c:	vfmadd231ps 0x140(%rsp),%zmm18,%zmm16
    1854:	vsubps %zmm16,%zmm12,%zmm19
    185a:	vfmadd231ps 0x100(%rsp),%zmm19,%zmm18
    1862:	vfmadd231ps 0xc0(%rsp),%zmm19,%zmm18
    186a:	vaddps %zmm20,%zmm18,%zmm19
    1870:	vmovaps %zmm18,%zmm19{%k4}
    1876:	vmulps %zmm19,%zmm19,%zmm18
    187c:	vmovaps 0x80(%rsp),%zmm20
    1884:	vfmadd213ps 0x40(%rsp),%zmm19,%zmm20
    188c:	vfmadd213ps (%rsp),%zmm19,%zmm20
    1893:	vfmadd213ps 0x280(%rsp),%zmm19,%zmm20
    189b:	vfmadd213ps 0x240(%rsp),%zmm19,%zmm20
    18a3:	vfmadd213ps %zmm25,%zmm19,%zmm20
    18a9:	vfmadd213ps %zmm19,%zmm18,%zmm20
    18af:	vpslld $0x17,%zmm16,%zmm18
    18b6:	vpcmpgtd 0x16784(%rip){1to16},%zmm16,%k4        # 18044 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7564>
    18c0:	vmovaps %zmm18,%zmm18{%k4}{z}
    18c6:	vmovaps %zmm18,%zmm19
    18cc:	vfmadd213ps %zmm18,%zmm20,%zmm19
    18d2:	vsubps %zmm19,%zmm18,%zmm21
    18d8:	vfmadd231ps %zmm18,%zmm20,%zmm21
    18de:	vaddps %zmm7,%zmm19,%zmm22
    18e4:	vbroadcastss 0x1675a(%rip),%zmm17        # 18048 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7568>
    18ee:	vaddps %zmm17,%zmm22,%zmm23
    18f4:	vsubps %zmm23,%zmm18,%zmm23
    18fa:	vfmadd231ps %zmm18,%zmm20,%zmm23
    1900:	vdivps %zmm22,%zmm7,%zmm18
    1906:	vfnmadd213ps %zmm7,%zmm18,%zmm22
    190c:	vfnmadd231ps %zmm23,%zmm18,%zmm22
    1912:	vmulps %zmm22,%zmm18,%zmm22
    1918:	vmovaps %zmm20,%zmm23{%k3}{z}
    191e:	vmovaps %zmm24,%zmm14
    1924:	vfmadd231ps %zmm24,%zmm23,%zmm14
    192a:	vsubps %zmm14,%zmm24,%zmm4
    1930:	vfmadd231ps %zmm23,%zmm24,%zmm4
    1936:	vmulps %zmm4,%zmm18,%zmm4
    193c:	vfmadd231ps %zmm22,%zmm14,%zmm4
    1942:	vfmadd231ps %zmm14,%zmm18,%zmm4
    1948:	vaddps %zmm7,%zmm28,%zmm14
    194e:	vaddps %zmm19,%zmm14,%zmm23
    1954:	vaddps %zmm21,%zmm5,%zmm5
    195a:	vaddps %zmm5,%zmm23,%zmm5
    1960:	vmovaps %zmm5,%zmm21
    1966:	vfmadd231ps %zmm5,%zmm20,%zmm21
    196c:	vsubps %zmm21,%zmm5,%zmm23
    1972:	vfmadd231ps %zmm20,%zmm5,%zmm23
    1978:	vmulps %zmm18,%zmm18,%zmm5
    197e:	vaddps %zmm18,%zmm18,%zmm20
    1984:	vfmsub213ps %zmm5,%zmm18,%zmm18
    198a:	vfmadd231ps %zmm20,%zmm22,%zmm18
    1990:	vpbroadcastd 0x16686(%rip),%zmm20        # 18020 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7540>
    199a:	vmovdqa32 %zmm16,%zmm20{%k3}
    19a0:	vmulps %zmm19,%zmm14,%zmm14
    19a6:	vaddps %zmm7,%zmm14,%zmm16
    19ac:	vaddps %zmm17,%zmm16,%zmm17
    19b2:	vsubps %zmm17,%zmm14,%zmm14
    19b8:	vmovaps %zmm21,%zmm16{%k3}
    19be:	vmovaps %zmm23,%zmm14{%k3}
    19c4:	vmulps %zmm14,%zmm5,%zmm14
    19ca:	vfmadd231ps %zmm18,%zmm16,%zmm14
    19d0:	vmovaps 0x200(%rsp),%xmm18
    19d8:	vfmadd231ps %zmm16,%zmm5,%zmm14
    19de:	vpmaxsd 0x16664(%rip){1to16},%zmm20,%zmm16        # 1804c <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x756c>
    19e8:	vpslld $0x17,%zmm16,%zmm17
    19ef:	vmulps %zmm17,%zmm4,%zmm5
    19f5:	vpsubd %zmm16,%zmm20,%zmm16
    19fb:	vandps %zmm9,%zmm24,%zmm4
    1a01:	vpcmpeqd %zmm10,%zmm4,%k4
    1a07:	vandps %zmm13,%zmm24,%zmm4
    1a0d:	vmovaps %zmm0,%zmm4{%k3}
    1a13:	vmovaps %zmm4,%zmm5{%k4}
    1a19:	vmulps %zmm17,%zmm14,%zmm4
    1a1f:	vcmpltps %zmm28,%zmm29,%k4{%k2}
    1a26:	vcmpltps %zmm15,%zmm28,%k5
    1a2d:	vbroadcastss 0x16619(%rip),%zmm4{%k5}        # 18050 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7570>
    1a37:	vpblendmd 0x16613(%rip){1to16},%zmm16,%zmm20{%k5}        # 18054 <_pocl_kernel_clact_gated_clamped_bwd_nd_workgroup_fast+0x7574>
    1a41:	vpternlogd $0xf8,%zmm8,%zmm24,%zmm5
    1a48:	kandw  %k3,%k2,%k0
    1a4c:	knotw  %k0,%k2
    1a50:	vmovaps %zmm4,%zmm4{%k2}{z}
    1a56:	vmulps %zmm4,%zmm11,%zmm28
    1a5c:	vmovaps %zmm11,%zmm28{%k4}
    1a62:	jmp    168f <nd_pairs_run+0x68f>
