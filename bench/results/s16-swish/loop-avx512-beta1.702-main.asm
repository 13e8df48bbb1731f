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
    38ce:	vmulps 0x200(%rsp),%zmm31,%zmm2
    38d6:	vandps %zmm12,%zmm31,%zmm5
    38dc:	vandps %zmm12,%zmm2,%zmm11
    38e2:	vmovaps 0x1c0(%rsp),%zmm16
    38ea:	vfmadd213ps %zmm11,%zmm5,%zmm16
    38f0:	vorps  %zmm13,%zmm11,%zmm17
    38f6:	vcmpgtps 0x3707(%rip){1to16},%zmm11,%k1        # 7008 <_pocl_kernel_clact_fwd_workgroup_fast+0x29f8>
    3901:	vmaxps 0x180(%rsp),%zmm17,%zmm11
    3909:	vmovaps %zmm15,%zmm17
    390f:	vfmadd231ps 0x140(%rsp),%zmm11,%zmm17
    3917:	vsubps %zmm17,%zmm15,%zmm19
    391d:	vfmadd231ps 0x100(%rsp),%zmm19,%zmm11
    3925:	vfmadd231ps %zmm18,%zmm19,%zmm11
    392b:	vaddps %zmm16,%zmm11,%zmm16
    3931:	vmovaps %zmm11,%zmm16{%k1}
    3937:	vmulps %zmm16,%zmm16,%zmm11
    393d:	vmovaps %zmm14,%zmm19
    3943:	vfmadd213ps %zmm20,%zmm16,%zmm19
    3949:	vfmadd213ps %zmm21,%zmm16,%zmm19
    394f:	vfmadd213ps %zmm22,%zmm16,%zmm19
    3955:	vfmadd213ps %zmm23,%zmm16,%zmm19
    395b:	vfmadd213ps %zmm8,%zmm16,%zmm19
    3961:	vfmadd213ps %zmm16,%zmm11,%zmm19
    3967:	vpslld $0x17,%zmm17,%zmm11
    396e:	vpcmpgtd %zmm24,%zmm17,%k1
    3974:	vmovaps %zmm11,%zmm11{%k1}{z}
    397a:	vmovaps %zmm11,%zmm16
    3980:	vfmadd213ps %zmm11,%zmm19,%zmm16
    3986:	vaddps %zmm25,%zmm16,%zmm16
    398c:	vaddps %zmm26,%zmm16,%zmm30
    3992:	vsubps %zmm30,%zmm11,%zmm30
    3998:	vfmadd231ps %zmm11,%zmm19,%zmm30
    399e:	vcmpltps %zmm29,%zmm2,%k1
    39a5:	vmovaps %zmm19,%zmm2{%k1}{z}
    39ab:	vmovaps %zmm31,%zmm11
    39b1:	vfmadd231ps %zmm31,%zmm2,%zmm11
    39b7:	vdivps %zmm16,%zmm11,%zmm19
    39bd:	vsubps %zmm11,%zmm31,%zmm11
    39c3:	vfmadd231ps %zmm2,%zmm31,%zmm11
    39c9:	vfnmadd231ps %zmm30,%zmm19,%zmm11
    39cf:	vpsubd %zmm16,%zmm27,%zmm2
    39d5:	vfmadd213ps %zmm19,%zmm11,%zmm2
    39db:	vpblendmd %zmm17,%zmm28,%zmm11{%k1}
    39e1:	vpmaxsd 0x3659(%rip){1to16},%zmm11,%zmm16        # 7044 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a34>
    39eb:	vpslld $0x17,%zmm16,%zmm17
    39f2:	vmulps %zmm17,%zmm2,%zmm30
    39f8:	vpsubd %zmm16,%zmm11,%zmm11
    39fe:	vmovaps %zmm29,%zmm5{%k1}
    3a04:	vandps 0x363a(%rip){1to16},%zmm31,%zmm2        # 7048 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a38>
    3a0e:	vpcmpeqd 0x3634(%rip){1to16},%zmm2,%k1        # 704c <_pocl_kernel_clact_fwd_workgroup_fast+0x2a3c>
    3a18:	vmovaps %zmm5,%zmm30{%k1}
    3a1e:	vpternlogd $0xf8,%zmm13,%zmm31,%zmm30
    3a25:	jmp    372b <_pocl_kernel_clact_fwd_workgroup+0xc3b>
