    373c:	vmulps %zmm11,%zmm3,%zmm2
    3742:	vpmaxsd %zmm9,%zmm30,%zmm5
    3748:	vpslld $0x17,%zmm5,%zmm11
    374f:	vpaddd %zmm10,%zmm11,%zmm11
    3755:	vmulps %zmm11,%zmm2,%zmm2
    375b:	vpsubd %zmm5,%zmm30,%zmm5
    3761:	vpslld $0x17,%zmm5,%zmm5
    3768:	vpaddd %zmm10,%zmm5,%zmm5
    376e:	vmulps %zmm5,%zmm2,%zmm2
    3774:	mov    0x38(%rsp),%rax
    3779:	vmovaps %zmm2,(%rax,%rdx,1)
    3780:	add    $0x40,%rdx
    3784:	inc    %rcx
    3787:	je     4120 <_pocl_kernel_clact_fwd_workgroup+0x1620>
    378d:	vucomiss %xmm7,%xmm0
    3791:	mov    0x48(%rsp),%rax
    3796:	prefetcht0 0x800(%rax,%rdx,1)
    379e:	vmovaps (%rax,%rdx,1),%zmm31
    37a5:	jne    37a9 <_pocl_kernel_clact_fwd_workgroup+0xca9>
    37a7:	jnp    3730 <_pocl_kernel_clact_fwd_workgroup+0xc30>
    37a9:	vucomiss 0x3853(%rip),%xmm0        # 7004 <_pocl_kernel_clact_fwd_workgroup_fast+0x29e4>
    37b1:	jne    38df <_pocl_kernel_clact_fwd_workgroup+0xddf>
    37b7:	jp     38df <_pocl_kernel_clact_fwd_workgroup+0xddf>
    37bd:	vandps %zmm12,%zmm31,%zmm2
    37c3:	vorps  %zmm13,%zmm2,%zmm11
    37c9:	vmaxps 0x180(%rsp),%zmm11,%zmm11
    37d1:	vmovaps %zmm15,%zmm30
    37d7:	vfmadd231ps 0x140(%rsp),%zmm11,%zmm30
    37df:	vsubps %zmm30,%zmm15,%zmm5
    37e5:	vfmadd231ps 0x100(%rsp),%zmm5,%zmm11
    37ed:	vfmadd231ps %zmm18,%zmm5,%zmm11
    37f3:	vmulps %zmm11,%zmm11,%zmm5
    37f9:	vmovaps %zmm14,%zmm19
    37ff:	vfmadd213ps %zmm20,%zmm11,%zmm19
    3805:	vfmadd213ps %zmm21,%zmm11,%zmm19
    380b:	vfmadd213ps %zmm22,%zmm11,%zmm19
    3811:	vfmadd213ps %zmm23,%zmm11,%zmm19
    3817:	vfmadd213ps %zmm8,%zmm11,%zmm19
    381d:	vfmadd213ps %zmm11,%zmm5,%zmm19
    3823:	vpslld $0x17,%zmm30,%zmm5
    382a:	vpcmpgtd %zmm24,%zmm30,%k1
    3830:	vmovaps %zmm5,%zmm5{%k1}{z}
    3836:	vmovaps %zmm5,%zmm11
    383c:	vfmadd213ps %zmm5,%zmm19,%zmm11
    3842:	vaddps %zmm25,%zmm11,%zmm11
    3848:	vaddps %zmm26,%zmm11,%zmm16
    384e:	vsubps %zmm16,%zmm5,%zmm16
    3854:	vfmadd231ps %zmm5,%zmm19,%zmm16
    385a:	vcmpltps %zmm29,%zmm31,%k1
    3861:	vmovaps %zmm19,%zmm5{%k1}{z}
    3867:	vmovaps %zmm31,%zmm19
    386d:	vfmadd231ps %zmm31,%zmm5,%zmm19
    3873:	vdivps %zmm11,%zmm19,%zmm17
    3879:	vsubps %zmm19,%zmm31,%zmm19
    387f:	vfmadd231ps %zmm5,%zmm31,%zmm19
    3885:	vfnmadd231ps %zmm16,%zmm17,%zmm19
    388b:	vpsubd %zmm11,%zmm27,%zmm5
    3891:	vfmadd213ps %zmm17,%zmm19,%zmm5
    3897:	vpblendmd %zmm30,%zmm28,%zmm16{%k1}
    389d:	vpmaxsd 0x379d(%rip){1to16},%zmm16,%zmm17        # 7044 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a24>
    38a7:	vpslld $0x17,%zmm17,%zmm11
    38ae:	vmulps %zmm11,%zmm5,%zmm11
    38b4:	vpsubd %zmm17,%zmm16,%zmm30
    38ba:	vmovaps %zmm29,%zmm2{%k1}
    38c0:	vandps 0x377e(%rip){1to16},%zmm31,%zmm5        # 7048 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a28>
    38ca:	vpcmpeqd 0x3778(%rip){1to16},%zmm5,%k1        # 704c <_pocl_kernel_clact_fwd_workgroup_fast+0x2a2c>
    38d4:	vmovaps %zmm2,%zmm11{%k1}
    38da:	jmp    3a2f <_pocl_kernel_clact_fwd_workgroup+0xf2f>
    38df:	vmulps 0x200(%rsp),%zmm31,%zmm2
    38e7:	vandps %zmm12,%zmm31,%zmm5
    38ed:	vandps %zmm12,%zmm2,%zmm11
    38f3:	vmovaps 0x1c0(%rsp),%zmm16
    38fb:	vfmadd213ps %zmm11,%zmm5,%zmm16
    3901:	vorps  %zmm13,%zmm11,%zmm17
    3907:	vcmpgtps 0x36f6(%rip){1to16},%zmm11,%k1        # 7008 <_pocl_kernel_clact_fwd_workgroup_fast+0x29e8>
    3912:	vmaxps 0x180(%rsp),%zmm17,%zmm11
    391a:	vmovaps %zmm15,%zmm17
    3920:	vfmadd231ps 0x140(%rsp),%zmm11,%zmm17
    3928:	vsubps %zmm17,%zmm15,%zmm19
    392e:	vfmadd231ps 0x100(%rsp),%zmm19,%zmm11
    3936:	vfmadd231ps %zmm18,%zmm19,%zmm11
    393c:	vaddps %zmm16,%zmm11,%zmm16
    3942:	vmovaps %zmm11,%zmm16{%k1}
    3948:	vmulps %zmm16,%zmm16,%zmm11
    394e:	vmovaps %zmm14,%zmm19
    3954:	vfmadd213ps %zmm20,%zmm16,%zmm19
    395a:	vfmadd213ps %zmm21,%zmm16,%zmm19
    3960:	vfmadd213ps %zmm22,%zmm16,%zmm19
    3966:	vfmadd213ps %zmm23,%zmm16,%zmm19
    396c:	vfmadd213ps %zmm8,%zmm16,%zmm19
    3972:	vfmadd213ps %zmm16,%zmm11,%zmm19
    3978:	vpslld $0x17,%zmm17,%zmm11
    397f:	vpcmpgtd %zmm24,%zmm17,%k1
    3985:	vmovaps %zmm11,%zmm11{%k1}{z}
    398b:	vmovaps %zmm11,%zmm16
    3991:	vfmadd213ps %zmm11,%zmm19,%zmm16
    3997:	vaddps %zmm25,%zmm16,%zmm16
    399d:	vaddps %zmm26,%zmm16,%zmm30
    39a3:	vsubps %zmm30,%zmm11,%zmm30
    39a9:	vfmadd231ps %zmm11,%zmm19,%zmm30
    39af:	vcmpltps %zmm29,%zmm2,%k1
    39b6:	vmovaps %zmm19,%zmm2{%k1}{z}
    39bc:	vmovaps %zmm31,%zmm11
    39c2:	vfmadd231ps %zmm31,%zmm2,%zmm11
    39c8:	vdivps %zmm16,%zmm11,%zmm19
    39ce:	vsubps %zmm11,%zmm31,%zmm11
    39d4:	vfmadd231ps %zmm2,%zmm31,%zmm11
    39da:	vfnmadd231ps %zmm30,%zmm19,%zmm11
    39e0:	vpsubd %zmm16,%zmm27,%zmm2
    39e6:	vfmadd213ps %zmm19,%zmm11,%zmm2
    39ec:	vpblendmd %zmm17,%zmm28,%zmm16{%k1}
    39f2:	vpmaxsd 0x3648(%rip){1to16},%zmm16,%zmm17        # 7044 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a24>
    39fc:	vpslld $0x17,%zmm17,%zmm11
    3a03:	vmulps %zmm11,%zmm2,%zmm11
    3a09:	vpsubd %zmm17,%zmm16,%zmm30
    3a0f:	vmovaps %zmm29,%zmm5{%k1}
    3a15:	vandps 0x3629(%rip){1to16},%zmm31,%zmm2        # 7048 <_pocl_kernel_clact_fwd_workgroup_fast+0x2a28>
    3a1f:	vpcmpeqd 0x3623(%rip){1to16},%zmm2,%k1        # 704c <_pocl_kernel_clact_fwd_workgroup_fast+0x2a2c>
    3a29:	vmovaps %zmm5,%zmm11{%k1}
    3a2f:	vpternlogd $0xf8,%zmm13,%zmm31,%zmm11
    3a36:	jmp    373c <_pocl_kernel_clact_fwd_workgroup+0xc3c>
