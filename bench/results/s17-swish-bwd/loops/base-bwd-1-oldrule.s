    4670:	vmulps %zmm8,%zmm30,%zmm29
    4676:	vpaddd %zmm31,%zmm31,%zmm2
    467c:	vpcmpnleud %zmm9,%zmm2,%k1
    4683:	vmovaps %zmm31,%zmm29{%k1}
    4689:	vpxor  %xmm15,%xmm15,%xmm15
    468e:	vpmaxsd %zmm10,%zmm15,%zmm2
    4694:	vpslld $0x17,%zmm2,%zmm3
    469b:	vpaddd %zmm11,%zmm3,%zmm3
    46a1:	vpsubd %zmm2,%zmm15,%zmm2
    46a7:	vpslld $0x17,%zmm2,%zmm2
    46ae:	vpaddd %zmm11,%zmm2,%zmm2
    46b4:	vmulps %zmm29,%zmm4,%zmm15
    46ba:	vmulps %zmm3,%zmm15,%zmm3
    46c0:	vmulps %zmm2,%zmm3,%zmm2
    46c6:	mov    0x28(%rsp),%rax
    46cb:	vmovaps %zmm2,(%rax,%rdi,1)
    46d2:	add    $0x40,%rdi
    46d6:	inc    %rdx
    46d9:	je     54a0 <_pocl_kernel_clact_bwd_workgroup+0x1ef0>
    46df:	vucomiss %xmm6,%xmm0
    46e3:	mov    0x38(%rsp),%rax
    46e8:	prefetcht0 0x800(%rax,%rdi,1)
    46f0:	vmovaps (%rax,%rdi,1),%zmm31
    46f7:	mov    0x30(%rsp),%rax
    46fc:	prefetcht0 0x800(%rax,%rdi,1)
    4704:	vmovaps (%rax,%rdi,1),%zmm30
    470b:	jne    4713 <_pocl_kernel_clact_bwd_workgroup+0x1163>
    470d:	jnp    4670 <_pocl_kernel_clact_bwd_workgroup+0x10c0>
