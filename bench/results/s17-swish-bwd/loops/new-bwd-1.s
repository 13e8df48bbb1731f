# block 4980-4b8e: 82 instructions
  0.00 4980:	mov    0x60(%rsp),%rax
  0.00 4985:	prefetcht0 0x800(%rax,%rdi,1)
  1.74 498d:	vmovaps (%rax,%rdi,1),%zmm30
  0.00 4994:	mov    0x58(%rsp),%rax
  1.61 4999:	prefetcht0 0x800(%rax,%rdi,1)
  2.41 49a1:	vmovaps (%rax,%rdi,1),%zmm8
  0.27 49a8:	vorps  %zmm9,%zmm30,%zmm6
  0.00 49ae:	vmaxps %zmm10,%zmm6,%zmm6
  0.00 49b4:	vmovaps %zmm21,%zmm11
  0.00 49ba:	vfmadd231ps 0x1c0(%rsp),%zmm6,%zmm11
  0.13 49c2:	vsubps %zmm11,%zmm21,%zmm31
  0.00 49c8:	vfmadd231ps 0x180(%rsp),%zmm31,%zmm6
  1.34 49d0:	vfmadd231ps %zmm14,%zmm31,%zmm6
  0.13 49d6:	vmulps %zmm6,%zmm6,%zmm31
  0.00 49dc:	vmovaps %zmm13,%zmm15
  0.00 49e2:	vfmadd213ps %zmm16,%zmm6,%zmm15
  0.00 49e8:	vfmadd213ps %zmm17,%zmm6,%zmm15
  0.13 49ee:	vfmadd213ps %zmm18,%zmm6,%zmm15
  0.00 49f4:	vfmadd213ps %zmm19,%zmm6,%zmm15
  0.27 49fa:	vfmadd213ps %zmm20,%zmm6,%zmm15
  2.14 4a00:	vfmadd213ps %zmm6,%zmm31,%zmm15
  0.13 4a06:	vpslld $0x17,%zmm11,%zmm6
  0.27 4a0d:	vpcmpgtd %zmm22,%zmm11,%k1
  0.13 4a13:	vmovaps %zmm6,%zmm6{%k1}{z}
  0.00 4a19:	vmovaps %zmm6,%zmm31
  0.00 4a1f:	vfmadd213ps %zmm6,%zmm15,%zmm31
  0.00 4a25:	vsubps %zmm31,%zmm6,%zmm23
  0.00 4a2b:	vfmadd231ps %zmm6,%zmm15,%zmm23
  2.14 4a31:	vaddps %zmm24,%zmm31,%zmm5
  0.00 4a37:	vaddps %zmm25,%zmm5,%zmm1
  0.00 4a3d:	vsubps %zmm1,%zmm6,%zmm1
  0.00 4a43:	vfmadd231ps %zmm6,%zmm15,%zmm1
  0.40 4a49:	vcmpltps 0x56ec(%rip),%zmm30,%k1        # a140 <_pocl_kernel_clact_bwd_workgroup_fast+0x3b80>
  0.00 4a54:	vmulps %zmm5,%zmm5,%zmm6
  0.13 4a5a:	vxorps %zmm9,%zmm5,%zmm3
  2.14 4a60:	vsubps %zmm5,%zmm3,%zmm3
  0.00 4a66:	vfnmadd213ps %zmm6,%zmm5,%zmm5
  0.00 4a6c:	vfmadd231ps %zmm3,%zmm1,%zmm5
  0.13 4a72:	vaddps %zmm24,%zmm30,%zmm1
  0.00 4a78:	vaddps %zmm31,%zmm1,%zmm3
  0.00 4a7e:	vaddps %zmm23,%zmm3,%zmm3
  0.00 4a84:	vmovaps %zmm3,%zmm23
  0.13 4a8a:	vfmadd231ps %zmm3,%zmm15,%zmm23
  1.74 4a90:	vsubps %zmm23,%zmm3,%zmm12
  0.00 4a96:	vfmadd231ps %zmm15,%zmm3,%zmm12
  1.47 4a9c:	vmulps %zmm31,%zmm1,%zmm1
  0.00 4aa2:	vaddps %zmm24,%zmm1,%zmm3
  0.00 4aa8:	vaddps %zmm25,%zmm3,%zmm15
  0.00 4aae:	vsubps %zmm15,%zmm1,%zmm1
  0.27 4ab4:	vmovaps %zmm23,%zmm3{%k1}
  0.00 4aba:	vdivps %zmm6,%zmm3,%zmm3
 13.65 4ac0:	vmovaps %zmm12,%zmm1{%k1}
  0.00 4ac6:	vxorps %xmm2,%xmm2,%xmm2
  0.13 4aca:	vfmadd231ps %zmm5,%zmm3,%zmm1
  7.63 4ad0:	vpsubd %zmm6,%zmm26,%zmm5
  0.00 4ad6:	vfmadd213ps %zmm3,%zmm1,%zmm5
  6.02 4adc:	vpblendmd %zmm11,%zmm27,%zmm1{%k1}
  0.27 4ae2:	vpmaxsd %zmm28,%zmm1,%zmm3
  0.13 4ae8:	vpslld $0x17,%zmm3,%zmm6
  0.13 4aef:	vmulps %zmm6,%zmm5,%zmm5
  6.16 4af5:	vpsubd %zmm3,%zmm1,%zmm1
  0.00 4afb:	vcmpltps %zmm10,%zmm30,%k1
  0.00 4b02:	vbroadcastss 0x553c(%rip),%zmm5{%k1}        # a048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3a88>
  4.28 4b0c:	vcmpneqps %zmm29,%zmm30,%k2
  0.80 4b13:	vmovaps %zmm5,%zmm3{%k2}{z}
  2.01 4b19:	vcmpeqps 0x5530(%rip){1to16},%zmm30,%k2        # a054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3a94>
  0.00 4b24:	vmulps %zmm3,%zmm8,%zmm3
  9.77 4b2a:	vpslld $0x17,%zmm1,%zmm1
  0.00 4b31:	vpbroadcastd 0x5525(%rip),%zmm1{%k1}        # a060 <_pocl_kernel_clact_bwd_workgroup_fast+0x3aa0>
  0.00 4b3b:	vpaddd 0x54bf(%rip){1to16},%zmm1,%zmm5        # a004 <_pocl_kernel_clact_bwd_workgroup_fast+0x3a44>
  0.27 4b45:	vpminsd 0x5515(%rip){1to16},%zmm1,%zmm1        # a064 <_pocl_kernel_clact_bwd_workgroup_fast+0x3aa4>
  0.00 4b4f:	vmovaps %zmm8,%zmm3{%k2}
  3.88 4b55:	vpmaxsd 0x5509(%rip){1to16},%zmm5,%zmm5        # a068 <_pocl_kernel_clact_bwd_workgroup_fast+0x3aa8>
  0.00 4b5f:	vpaddd 0x5503(%rip){1to16},%zmm1,%zmm1        # a06c <_pocl_kernel_clact_bwd_workgroup_fast+0x3aac>
  0.00 4b69:	vmulps %zmm3,%zmm4,%zmm3
  8.30 4b6f:	vmulps %zmm5,%zmm3,%zmm3
  6.29 4b75:	vmulps %zmm1,%zmm3,%zmm1
  7.23 4b7b:	mov    0x50(%rsp),%rax
  0.80 4b80:	vmovaps %zmm1,(%rax,%rdi,1)
  2.81 4b87:	add    $0x40,%rdi
  0.00 4b8b:	inc    %rdx
  0.00 4b8e:	jne    4980 <_pocl_kernel_clact_bwd_workgroup+0xed0>
