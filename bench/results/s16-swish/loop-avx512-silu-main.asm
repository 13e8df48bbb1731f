    372b:	vpmaxsd %zmm9,%zmm11,%zmm2
    3731:	vpslld $0x17,%zmm2,%zmm5
    3738:	vpaddd %zmm10,%zmm5,%zmm5
    373e:	vpsubd %zmm2,%zmm11,%zmm2
    3744:	vpslld $0x17,%zmm2,%zmm2
    374b:	vpaddd %zmm10,%zmm2,%zmm2
    3751:	vmulps %zmm30,%zmm3,%zmm11
    3757:	vmulps %zmm5,%zmm11,%zmm5
    375d:	vmulps %zmm2,%zmm5,%zmm2
    3763:	mov    0x38(%rsp),%rax
    3768:	vmovaps %zmm2,(%rax,%rdx,1)
    376f:	add    $0x40,%rdx
    3773:	inc    %rcx
    3776:	je     4110 <_pocl_kernel_clact_fwd_workgroup+0x1620>
    377c:	vucomiss %xmm7,%xmm0
    3780:	mov    0x48(%rsp),%rax
    3785:	prefetcht0 0x800(%rax,%rdx,1)
    378d:	vmovaps (%rax,%rdx,1),%zmm31
    3794:	jne    3798 <_pocl_kernel_clact_fwd_workgroup+0xca8>
    3796:	jnp    3720 <_pocl_kernel_clact_fwd_workgroup+0xc30>
    3798:	vucomiss 0x3864(%rip),%xmm0        # 7004 <_pocl_kernel_clact_fwd_workgroup_fast+0x29f4>
    37a0:	jne    38ce <_pocl_kernel_clact_fwd_workgroup+0xdde>
    37a6:	jp     38ce <_pocl_kernel_clact_fwd_workgroup+0xdde>
    37ac:	vandps %zmm12,%zmm31,%zmm2
    37b2:	vorps  %zmm13,%zmm2,%zmm11
    37b8:	vmaxps 0x180(%rsp),%zmm11,%zmm11
    37c0:	vmovaps %zmm15,%zmm30
    37c6:	vfmadd231ps 0x140(%rsp),%zmm11,%zmm30
    37ce:	vsubps %zmm30,%zmm15,%zmm5
    37d4:	vfmadd231ps 0x100(%rsp),%zmm5,%zmm11
    37dc:	vfmadd231ps %zmm18,%zmm5,%zmm11
    37e2:	vmulps %zmm11,%zmm11,%zmm5
    37e8:	vmovaps %zmm14,%zmm19
    37ee:	vfmadd213ps %zmm20,%zmm11,%zmm19
    37f4:	vfmadd213ps %zmm21,%zmm11,%zmm19
    37fa:	vfmadd213ps %zmm22,%zmm11,%zmm19
    3800:	vfmadd213ps %zmm23,%zmm11,%zmm19
    3806:	vfmadd213ps %zmm8,%zmm11,%zmm19
    380c:	vfmadd213ps %zmm11,%zmm5,%zmm19
    3812:	vpslld $0x17,%zmm30,%zmm5
    3819:	vpcmpgtd %zmm24,%zmm30,%k1
    381f:	vmovaps %zmm5,%zmm5{%k1}{z}
    3825:	vmovaps %zmm5,%zmm11
    382b:	vfmadd213ps %zmm5,%zmm19,%zmm11
    3831:	vaddps %zmm25,%zmm11,%zmm11
    3837:	vaddps %zmm26,%zmm11,%zmm16
    383d:	vsubps %zmm16,%zmm5,%zmm16
    3843:	vfmadd231ps %zmm5,%zmm19,%zmm16
    3849:	vcmpltps %zmm29,%zmm31,%k1
    3850:	vmovaps %zmm19,%zmm5{%k1}{z}
    3856:	vmovaps %zmm31,%zmm19
    385c:	vfmadd231ps %zmm31,%zmm5,%zmm19
    3862:	vdivps %zmm11,%zmm19,%zmm17
    3868:	vsubps %zmm19,%zmm31,%zmm19
    386e:	vfmadd231ps %zmm5,%zmm31,%zmm19
    3874:	vfnmadd231ps %zmm16,%zmm17,%zmm19
    387a:	vpsubd %zmm11,%zmm27,%zmm5
    3880:	vfmadd213ps %zmm17,%zmm19,%zmm5
    3886:	vpblendmd %zmm30,%zmm28,%zmm11{%k1}
    388c:	vpmaxsd 0x37ae(%rip){1to16},%zmm11,%zmm16        # 7044 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a34>
    3896:	vpslld $0x17,%zmm16,%zmm17
    389d:	vmulps %zmm17,%zmm5,%zmm30
    38a3:	vpsubd %zmm16,%zmm11,%zmm11
    38a9:	vmovaps %zmm29,%zmm2{%k1}
    38af:	vandps 0x378f(%rip){1to16},%zmm31,%zmm5        # 7048 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a38>
    38b9:	vpcmpeqd 0x3789(%rip){1to16},%zmm5,%k1        # 704c <_pocl_kernel_clact_fwd_workgroup_fast+0x2a3c>
    38c3:	vmovaps %zmm2,%zmm30{%k1}
    38c9:	jmp    3a1e <_pocl_kernel_clact_fwd_workgroup+0xf2e>
    3a1e:	vpternlogd $0xf8,%zmm13,%zmm31,%zmm30
    3a25:	jmp    372b <_pocl_kernel_clact_fwd_workgroup+0xc3b>
