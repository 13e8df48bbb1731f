    3880:	vmulps 0x380(%rsp),%zmm29,%zmm31
    3888:	vandps %zmm12,%zmm29,%zmm6
    388e:	vfmadd132ps 0x340(%rsp),%zmm31,%zmm29
    3896:	vandps %zmm12,%zmm31,%zmm16
    389c:	vfmadd132ps 0x300(%rsp),%zmm16,%zmm6
    38a4:	vorps  %zmm13,%zmm16,%zmm2
    38aa:	vcmpgtps 0x2c0(%rsp),%zmm16,%k1
    38b3:	vmaxps %zmm15,%zmm2,%zmm2
    38b9:	vmovaps %zmm26,%zmm16
    38bf:	vfmadd231ps 0x280(%rsp),%zmm2,%zmm16
    38c7:	vsubps %zmm16,%zmm26,%zmm14
    38cd:	vfmadd231ps 0x240(%rsp),%zmm14,%zmm2
    38d5:	vfmadd231ps 0x200(%rsp),%zmm14,%zmm2
    38dd:	vaddps %zmm6,%zmm2,%zmm6
    38e3:	vmovaps %zmm2,%zmm6{%k1}
    38e9:	vmulps %zmm6,%zmm6,%zmm2
    38ef:	vmovaps %zmm20,%zmm14
    38f5:	vfmadd213ps 0x1c0(%rsp),%zmm6,%zmm14
    38fd:	vfmadd213ps 0x180(%rsp),%zmm6,%zmm14
    3905:	vfmadd213ps %zmm23,%zmm6,%zmm14
    390b:	vfmadd213ps %zmm24,%zmm6,%zmm14
    3911:	vfmadd213ps %zmm8,%zmm6,%zmm14
    3917:	vfmadd213ps %zmm6,%zmm2,%zmm14
    391d:	vpslld $0x17,%zmm16,%zmm2
    3924:	vpcmpgtd %zmm25,%zmm16,%k1
    392a:	vmovaps %zmm2,%zmm2{%k1}{z}
    3930:	vmovaps %zmm2,%zmm6
    3936:	vfmadd213ps %zmm2,%zmm14,%zmm6
    393c:	vsubps %zmm6,%zmm2,%zmm17
    3942:	vfmadd231ps %zmm2,%zmm14,%zmm17
    3948:	vsubps %zmm29,%zmm17,%zmm17
    394e:	vaddps %zmm28,%zmm6,%zmm29
    3954:	vbroadcastss 0x36de(%rip),%zmm18        # 703c <_pocl_kernel_clact_bwd_workgroup_fast+0x298c>
    395e:	vaddps %zmm18,%zmm29,%zmm19
    3964:	vsubps %zmm19,%zmm2,%zmm19
    396a:	vfmadd231ps %zmm2,%zmm14,%zmm19
    3970:	vcmpltps %zmm27,%zmm31,%k1
    3977:	vmulps %zmm29,%zmm29,%zmm2
    397d:	vxorps %zmm13,%zmm29,%zmm21
    3983:	vsubps %zmm29,%zmm21,%zmm21
    3989:	vfnmadd213ps %zmm2,%zmm29,%zmm29
    398f:	vfmadd231ps %zmm21,%zmm19,%zmm29
    3995:	vaddps %zmm28,%zmm31,%zmm19
    399b:	vaddps %zmm6,%zmm19,%zmm21
    39a1:	vaddps %zmm17,%zmm21,%zmm17
    39a7:	vmovaps %zmm17,%zmm21
    39ad:	vfmadd231ps %zmm17,%zmm14,%zmm21
    39b3:	vsubps %zmm21,%zmm17,%zmm22
    39b9:	vfmadd231ps %zmm14,%zmm17,%zmm22
    39bf:	vmulps %zmm6,%zmm19,%zmm6
    39c5:	vaddps %zmm28,%zmm6,%zmm14
    39cb:	vaddps %zmm18,%zmm14,%zmm17
    39d1:	vmovaps %zmm21,%zmm14{%k1}
    39d7:	vdivps %zmm2,%zmm14,%zmm14
    39dd:	vsubps %zmm17,%zmm6,%zmm6
    39e3:	vmovaps %zmm22,%zmm6{%k1}
    39e9:	vfmadd231ps %zmm29,%zmm14,%zmm6
    39ef:	vpbroadcastd 0x3647(%rip),%zmm17        # 7040 <_pocl_kernel_clact_bwd_workgroup_fast+0x2990>
    39f9:	vpsubd %zmm2,%zmm17,%zmm2
    39ff:	vfmadd213ps %zmm14,%zmm6,%zmm2
    3a05:	vpbroadcastd 0x35fd(%rip),%zmm6        # 700c <_pocl_kernel_clact_bwd_workgroup_fast+0x295c>
    3a0f:	vmovdqa32 %zmm16,%zmm6{%k1}
    3a15:	vpmaxsd 0x3625(%rip){1to16},%zmm6,%zmm14        # 7044 <_pocl_kernel_clact_bwd_workgroup_fast+0x2994>
    3a1f:	vpslld $0x17,%zmm14,%zmm16
    3a26:	vmulps %zmm16,%zmm2,%zmm2
    3a2c:	vpsubd %zmm14,%zmm6,%zmm16
    3a32:	vcmpltps %zmm15,%zmm31,%k2
    3a39:	vbroadcastss 0x3605(%rip),%zmm2{%k2}        # 7048 <_pocl_kernel_clact_bwd_workgroup_fast+0x2998>
    3a43:	vpbroadcastd 0x35ff(%rip),%zmm16{%k2}        # 704c <_pocl_kernel_clact_bwd_workgroup_fast+0x299c>
    3a4d:	vandps 0x35f9(%rip){1to16},%zmm31,%zmm6        # 7050 <_pocl_kernel_clact_bwd_workgroup_fast+0x29a0>
    3a57:	vpcmpeqd 0x35f3(%rip){1to16},%zmm6,%k2        # 7054 <_pocl_kernel_clact_bwd_workgroup_fast+0x29a4>
    3a61:	kandw  %k1,%k2,%k0
    3a65:	knotw  %k0,%k1
    3a69:	vmovaps %zmm2,%zmm2{%k1}{z}
    3a6f:	vcmpltps %zmm31,%zmm27,%k1{%k2}
    3a76:	vmulps %zmm2,%zmm30,%zmm31
    3a7c:	vmovaps %zmm30,%zmm31{%k1}
    3a82:	vmulps %zmm31,%zmm4,%zmm2
    3a88:	vpmaxsd %zmm10,%zmm16,%zmm6
    3a8e:	vpslld $0x17,%zmm6,%zmm14
    3a95:	vpaddd %zmm11,%zmm14,%zmm14
    3a9b:	vmulps %zmm14,%zmm2,%zmm2
    3aa1:	vpsubd %zmm6,%zmm16,%zmm6
    3aa7:	vpslld $0x17,%zmm6,%zmm6
    3aae:	vpaddd %zmm11,%zmm6,%zmm6
    3ab4:	vmulps %zmm6,%zmm2,%zmm2
    3aba:	mov    0x58(%rsp),%rax
    3abf:	vmovaps %zmm2,(%rax,%rdi,1)
    3ac6:	add    $0x40,%rdi
    3aca:	inc    %rdx
    3acd:	je     4150 <_pocl_kernel_clact_bwd_workgroup+0x1660>
    3ad3:	vucomiss %xmm3,%xmm0
    3ad7:	mov    0x68(%rsp),%rax
    3adc:	prefetcht0 0x800(%rax,%rdi,1)
    3ae4:	vmovaps (%rax,%rdi,1),%zmm29
    3aeb:	mov    0x60(%rsp),%rax
    3af0:	prefetcht0 0x800(%rax,%rdi,1)
    3af8:	vmovaps (%rax,%rdi,1),%zmm30
    3aff:	jne    3880 <_pocl_kernel_clact_bwd_workgroup+0xd90>
