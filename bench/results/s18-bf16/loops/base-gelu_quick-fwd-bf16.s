# block 29b0-29b0: 1 instructions
  3.37 29b0:	vcvtneps2bf16 %zmm0,%ymm0
# block 29b6-29c7: 5 instructions
  9.64 29b6:	mov    0x28(%rsp),%rdx
  0.48 29bb:	vmovdqa %ymm0,(%rdx,%rcx,1)
  4.82 29c0:	add    $0x20,%rcx
  0.00 29c4:	inc    %rax
  0.00 29c7:	je     2ec0 <_pocl_kernel_clact_fwd_workgroup+0xde0>
# block 29cd-2aa8: 36 instructions
  0.00 29cd:	mov    0x40(%rsp),%rdx
  0.00 29d2:	prefetcht0 0x800(%rdx,%rcx,1)
  0.96 29da:	vpmovzxwd (%rdx,%rcx,1),%zmm0
  4.10 29e1:	vpslld $0x10,%zmm0,%zmm0
  0.00 29e8:	vmulps %zmm5,%zmm0,%zmm3
  0.24 29ee:	vmaxps %zmm3,%zmm6,%zmm27
  0.00 29f4:	vminps %zmm27,%zmm7,%zmm27
  0.00 29fa:	vmovaps %zmm8,%zmm29
  0.00 2a00:	vfmadd231ps %zmm9,%zmm27,%zmm29
  0.24 2a06:	vpmaxsd %zmm10,%zmm29,%zmm30
  0.00 2a0c:	vpsubd %zmm30,%zmm29,%zmm31
  3.37 2a12:	vpslld $0x17,%zmm30,%zmm30
  0.00 2a19:	vsubps %zmm29,%zmm8,%zmm29
  0.72 2a1f:	vfmadd132ps %zmm11,%zmm27,%zmm29
  0.00 2a25:	vmovaps %zmm12,%zmm27
  0.00 2a2b:	vfmadd213ps %zmm13,%zmm29,%zmm27
  0.00 2a31:	vfmadd213ps %zmm14,%zmm29,%zmm27
  0.24 2a37:	vfmadd213ps %zmm15,%zmm29,%zmm27
  0.00 2a3d:	vmulps %zmm30,%zmm27,%zmm27
  3.86 2a43:	vaddps %zmm16,%zmm27,%zmm29
  0.00 2a49:	vdivps %zmm29,%zmm16,%zmm29
  1.69 2a4f:	vmulps %zmm29,%zmm27,%zmm27
  3.61 2a55:	vmulps %zmm0,%zmm27,%zmm27
  4.58 2a5b:	vcmpeqps %zmm17,%zmm3,%k1
  0.00 2a62:	vandps 0x25c8(%rip){1to16},%zmm0,%zmm27{%k1}        # 5034 <_pocl_kernel_clact_fwd_workgroup_fast+0x1e14>
  8.19 2a6c:	vpslld $0x17,%zmm31,%zmm0
  0.00 2a73:	vpaddd %zmm18,%zmm0,%zmm3
  1.69 2a79:	vpminsd %zmm19,%zmm0,%zmm0
  0.24 2a7f:	vpmaxsd %zmm20,%zmm3,%zmm3
  0.00 2a85:	vpaddd %zmm21,%zmm0,%zmm0
  0.00 2a8b:	vmulps %zmm27,%zmm2,%zmm27
  7.23 2a91:	vmulps %zmm3,%zmm27,%zmm3
 12.77 2a97:	vmulps %zmm0,%zmm3,%zmm0
 15.18 2a9d:	vfpclassps $0x20,%zmm0,%k0
  8.67 2aa4:	kortestw %k0,%k0
  4.10 2aa8:	je     29b0 <_pocl_kernel_clact_fwd_workgroup+0x8d0>
# block 2aae-2aeb: 10 instructions (no samples)
  0.00 2aae:	vpsrld $0x10,%zmm0,%zmm3
  0.00 2ab5:	vpandd %zmm22,%zmm3,%zmm3
  0.00 2abb:	vpaddd %zmm3,%zmm0,%zmm3
  0.00 2ac1:	vpaddd %zmm23,%zmm3,%zmm3
  0.00 2ac7:	vpaddd %zmm0,%zmm0,%zmm27
  0.00 2acd:	vpcmpnleud %zmm24,%zmm27,%k1
  0.00 2ad4:	vpord  0x257a(%rip){1to16},%zmm0,%zmm3{%k1}        # 5058 <_pocl_kernel_clact_fwd_workgroup_fast+0x1e38>
  0.00 2ade:	vpsrld $0x10,%zmm3,%zmm0
  0.00 2ae5:	vpmovdw %zmm0,%ymm0
  0.00 2aeb:	jmp    29b6 <_pocl_kernel_clact_fwd_workgroup+0x8d6>
