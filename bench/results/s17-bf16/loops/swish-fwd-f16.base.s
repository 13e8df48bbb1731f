    3550:	vmulps %zmm31,%zmm7,%zmm6
    3556:	vorps  0x3c0(%rsp),%zmm6,%zmm22
    355e:	vcmpeqps 0x380(%rsp),%zmm22,%k1
    3567:	vmovaps 0x340(%rsp),%zmm0
    356f:	vmaxps %zmm22,%zmm0,%zmm22
    3575:	vmovaps %zmm23,%zmm12
    357b:	vfmadd231ps 0x300(%rsp),%zmm22,%zmm12
    3583:	vpmaxsd 0x2c0(%rsp),%zmm12,%zmm9
    358b:	vpsubd %zmm9,%zmm12,%zmm10
    3591:	vsubps %zmm12,%zmm23,%zmm12
    3597:	vfmadd132ps 0x280(%rsp),%zmm22,%zmm12
    359f:	vmovaps 0x240(%rsp),%zmm22
    35a7:	vfmadd213ps 0x200(%rsp),%zmm12,%zmm22
    35af:	vfmadd213ps 0x1c0(%rsp),%zmm12,%zmm22
    35b7:	vfmadd213ps 0x180(%rsp),%zmm12,%zmm22
    35bf:	vfmadd213ps 0x140(%rsp),%zmm12,%zmm22
    35c7:	vpslld $0x17,%zmm9,%zmm9
    35ce:	vmulps %zmm9,%zmm22,%zmm9
    35d4:	vcmpltps 0x2ba1(%rip),%zmm6,%k2        # 6180 <_pocl_kernel_clact_fwd_workgroup_fast+0x2100>
    35df:	vmulps %zmm9,%zmm31,%zmm6
    35e5:	vandps 0x2a29(%rip){1to16},%zmm31,%zmm6{%k1}        # 6018 <_pocl_kernel_clact_fwd_workgroup_fast+0x1f98>
    35ef:	vmovaps %zmm6,%zmm31{%k2}
    35f5:	vaddps %zmm21,%zmm9,%zmm6
    35fb:	vdivps %zmm6,%zmm21,%zmm6
    3601:	vmulps %zmm31,%zmm6,%zmm22
    3607:	vpmaxsd 0x2a3b(%rip){1to16},%zmm10,%zmm6{%k2}{z}        # 604c <_pocl_kernel_clact_fwd_workgroup_fast+0x1fcc>
    3611:	vpslld $0x17,%zmm6,%zmm6
    3618:	vpaddd %zmm8,%zmm6,%zmm6
    361e:	vmulps %zmm22,%zmm19,%zmm9
    3624:	vmulps %zmm6,%zmm9,%zmm6
    362a:	vcvtps2ph $0x0,%zmm6,(%rsi)
    3631:	add    $0x20,%rsi
    3635:	add    $0x20,%rdx
    3639:	inc    %rcx
    363c:	je     3990 <_pocl_kernel_clact_fwd_workgroup+0x11a0>
    3642:	prefetcht0 0x800(%rdx)
    3649:	vcvtph2ps (%rdx),%zmm31
    364f:	vucomiss %xmm25,%xmm13
    3655:	jne    3550 <_pocl_kernel_clact_fwd_workgroup+0xd60>
