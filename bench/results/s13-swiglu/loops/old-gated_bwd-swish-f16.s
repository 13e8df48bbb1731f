    95e0:	vcvtps2ph $0x0,%zmm0,(%rsi,%rdx,2)
    95e8:	inc    %r13
    95eb:	cmp    %r14,%r13
    95ee:	je     9550 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1420>
    95f4:	mov    %r13,%rdx
    95f7:	shl    $0x4,%rdx
    95fb:	xor    %esi,%esi
    95fd:	nopl   (%rax)
    9600:	mov    (%rax,%rsi,8),%rdi
    9604:	prefetcht0 (%rdi,%rdx,2)
    9608:	inc    %rsi
    960b:	cmp    $0x3,%rsi
    960f:	jne    9600 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x14d0>
    9611:	mov    0x30(%rsp),%rsi
    9616:	vcvtph2ps (%rsi,%rdx,2),%zmm5
    961d:	mov    0xa8(%rsp),%rsi
    9625:	vcvtph2ps (%rsi,%rdx,2),%zmm1
    962c:	mov    0x180(%rsp),%rsi
    9634:	vcvtph2ps (%rsi,%rdx,2),%zmm0
    963b:	vucomiss %xmm17,%xmm15
    9641:	jne    9680 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1550>
    9643:	jp     9680 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1550>
    9645:	vbroadcastss 0xda09(%rip),%zmm3        # 17058 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7dc8>
    964f:	vmulps %zmm3,%zmm5,%zmm2
    9655:	vmulps %zmm3,%zmm0,%zmm6
    965b:	vpaddd %zmm5,%zmm5,%zmm3
    9661:	vpcmpnleud 0xd9f0(%rip){1to16},%zmm3,%k1        # 1705c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7dcc>
    966c:	vmovaps %zmm5,%zmm6{%k1}
    9672:	vpxor  %xmm4,%xmm4,%xmm4
    9676:	vpxor  %xmm3,%xmm3,%xmm3
    967a:	jmp    9865 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x1735>
    967f:	nop
    9680:	vmulps 0x940(%rsp),%zmm5,%zmm2
    9688:	vorps  0xd96e(%rip){1to16},%zmm2,%zmm3        # 17000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d70>
    9692:	vbroadcastss 0xd968(%rip),%zmm4        # 17004 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d74>
    969c:	vbroadcastss 0xd962(%rip),%zmm6        # 17008 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d78>
    96a6:	vcmpeqps %zmm4,%zmm3,%k1
    96ad:	vmaxps %zmm3,%zmm6,%zmm3
    96b3:	vbroadcastss 0xd94f(%rip),%zmm7        # 1700c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d7c>
    96bd:	vbroadcastss 0xd949(%rip),%zmm8        # 17010 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d80>
    96c7:	vmovaps %zmm8,%zmm9
    96cd:	vfmadd213ps %zmm7,%zmm3,%zmm9
    96d3:	vpbroadcastd 0xd937(%rip),%zmm10        # 17014 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d84>
    96dd:	vpmaxsd %zmm10,%zmm9,%zmm11
    96e3:	vpsubd %zmm11,%zmm9,%zmm12
    96e9:	vsubps %zmm9,%zmm7,%zmm9
    96ef:	vfmadd132ps 0xd91f(%rip){1to16},%zmm3,%zmm9        # 17018 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d88>
    96f9:	vbroadcastss 0xd919(%rip),%zmm3        # 1701c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d8c>
    9703:	vfmadd213ps 0xd913(%rip){1to16},%zmm9,%zmm3        # 17020 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d90>
    970d:	vfmadd213ps 0xd90d(%rip){1to16},%zmm9,%zmm3        # 17024 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d94>
    9717:	vfmadd213ps 0xd907(%rip){1to16},%zmm9,%zmm3        # 17028 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d98>
    9721:	vfmadd213ps 0xd901(%rip){1to16},%zmm9,%zmm3        # 1702c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d9c>
    972b:	vpslld $0x17,%zmm11,%zmm9
    9732:	vmulps %zmm9,%zmm3,%zmm3
    9738:	vcmpltps 0xe37d(%rip),%zmm2,%k2        # 17ac0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x8830>
    9743:	vmulps %zmm3,%zmm5,%zmm2
    9749:	vandps 0xd8ad(%rip){1to16},%zmm5,%zmm2{%k1}        # 17000 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7d70>
    9753:	vbroadcastss 0xd8d3(%rip),%zmm9        # 17030 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7da0>
    975d:	vaddps %zmm9,%zmm3,%zmm3
    9763:	vdivps %zmm3,%zmm9,%zmm3
    9769:	vblendmps %zmm2,%zmm5,%zmm2{%k2}
    976f:	vmulps %zmm2,%zmm3,%zmm2
    9775:	vpbroadcastd 0xd8b5(%rip),%zmm11        # 17034 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7da4>
    977f:	vpmaxsd %zmm11,%zmm12,%zmm3{%k2}{z}
    9785:	vmulps %zmm5,%zmm15,%zmm5
    978b:	vbroadcastss 0xd8a3(%rip),%zmm12        # 17038 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7da8>
    9795:	vminps %zmm5,%zmm12,%zmm12
    979b:	vmaxps %zmm12,%zmm6,%zmm6
    97a1:	vfmadd213ps %zmm7,%zmm6,%zmm8
    97a7:	vsubps %zmm8,%zmm7,%zmm7
    97ad:	vpmaxsd %zmm10,%zmm8,%zmm10
    97b3:	vpslld $0x17,%zmm10,%zmm12
    97ba:	vbroadcastss 0xd878(%rip),%zmm13        # 1703c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7dac>
    97c4:	vfmadd213ps %zmm6,%zmm7,%zmm13
    97ca:	vfmadd231ps 0xd86c(%rip){1to16},%zmm7,%zmm13        # 17040 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7db0>
    97d4:	vbroadcastss 0xd866(%rip),%zmm7        # 17044 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7db4>
    97de:	vfmadd213ps 0xd860(%rip){1to16},%zmm13,%zmm7        # 17048 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7db8>
    97e8:	vfmadd213ps 0xd85a(%rip){1to16},%zmm13,%zmm7        # 1704c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7dbc>
    97f2:	vfmadd213ps 0xd854(%rip){1to16},%zmm13,%zmm7        # 17050 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7dc0>
    97fc:	vfmadd213ps 0xd84e(%rip){1to16},%zmm13,%zmm7        # 17054 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7dc4>
    9806:	vmulps %zmm13,%zmm13,%zmm14
    980c:	vfmadd213ps 0xd842(%rip){1to16},%zmm13,%zmm7        # 17058 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7dc8>
    9816:	vfmadd213ps %zmm13,%zmm14,%zmm7
    981c:	vfmadd213ps %zmm12,%zmm12,%zmm7
    9822:	vpsubd %zmm10,%zmm8,%zmm8
    9828:	vaddps %zmm9,%zmm7,%zmm10
    982e:	vdivps %zmm10,%zmm9,%zmm10
    9834:	vaddps %zmm9,%zmm6,%zmm6
    983a:	vaddps %zmm7,%zmm6,%zmm6
    9840:	vmulps %zmm6,%zmm7,%zmm6
    9846:	vmulps %zmm10,%zmm10,%zmm7
    984c:	vcmpneqps %zmm4,%zmm5,%k1
    9853:	vmulps %zmm7,%zmm6,%zmm5{%k1}{z}
    9859:	vpmaxsd %zmm11,%zmm8,%zmm4
    985f:	vmulps %zmm5,%zmm0,%zmm6
    9865:	mov    0x70(%rsp),%rsi
    986a:	vmulps %zmm6,%zmm1,%zmm5
    9870:	vucomiss %xmm17,%xmm16
    9876:	vpbroadcastd 0xd7b0(%rip),%zmm1        # 17030 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7da0>
    9880:	vmulps 0x640(%rsp),%zmm5,%zmm5
    9888:	vpslld $0x17,%zmm4,%zmm4
    988f:	vpaddd %zmm1,%zmm4,%zmm4
    9895:	vmulps %zmm4,%zmm5,%zmm4
    989b:	jne    989f <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x176f>
    989d:	jnp    98ac <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x177c>
    989f:	vcvtph2ps (%rcx,%rdx,2),%zmm5
    98a6:	vfmadd231ps %zmm5,%zmm16,%zmm4
    98ac:	vmulps %zmm2,%zmm0,%zmm0
    98b2:	vmulps 0x640(%rsp),%zmm0,%zmm0
    98ba:	vpslld $0x17,%zmm3,%zmm2
    98c1:	vpaddd %zmm1,%zmm2,%zmm1
    98c7:	vmulps %zmm1,%zmm0,%zmm0
    98cd:	vcvtps2ph $0x0,%zmm4,(%rcx,%rdx,2)
    98d5:	vucomiss %xmm17,%xmm16
    98db:	jne    98e3 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x17b3>
    98dd:	jnp    95e0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x14b0>
