# block 4a10-4a10: 1 instructions
  2.37 4a10:	vcvtneps2bf16 %zmm0,%ymm0
# block 4a16-4a27: 5 instructions
  8.70 4a16:	mov    0x28(%rsp),%rax
  1.19 4a1b:	vmovdqa %ymm0,(%rax,%rdi,1)
  7.91 4a20:	add    $0x20,%rdi
  0.00 4a24:	inc    %rdx
  0.00 4a27:	je     50c0 <_pocl_kernel_clact_bwd_workgroup+0x1e60>
# block 4a2d-4b32: 43 instructions
  0.20 4a2d:	mov    0x58(%rsp),%rax
  0.00 4a32:	prefetcht0 0x800(%rax,%rdi,1)
  0.59 4a3a:	vpmovzxwd (%rax,%rdi,1),%zmm0
  2.57 4a41:	vpslld $0x10,%zmm0,%zmm0
  0.00 4a48:	mov    0x50(%rsp),%rax
  0.79 4a4d:	prefetcht0 0x800(%rax,%rdi,1)
  3.36 4a55:	vpmovzxwd (%rax,%rdi,1),%zmm3
  0.40 4a5c:	vmulps 0x1c0(%rsp),%zmm0,%zmm0
  0.20 4a64:	vminps %zmm0,%zmm9,%zmm8
  0.20 4a6a:	vmaxps %zmm8,%zmm10,%zmm8
  1.58 4a70:	vmovaps %zmm11,%zmm16
  0.00 4a76:	vfmadd231ps %zmm12,%zmm8,%zmm16
  0.99 4a7c:	vsubps %zmm16,%zmm11,%zmm27
  0.20 4a82:	vpmaxsd %zmm13,%zmm16,%zmm28
  0.00 4a88:	vpslld $0x17,%zmm28,%zmm29
  0.00 4a8f:	vaddps %zmm22,%zmm8,%zmm30
  0.00 4a95:	vfmadd231ps %zmm14,%zmm27,%zmm8
  0.20 4a9b:	vfmadd231ps %zmm15,%zmm27,%zmm8
  2.37 4aa1:	vmulps %zmm8,%zmm8,%zmm27
  0.20 4aa7:	vmovaps %zmm24,%zmm31
  0.59 4aad:	vfmadd213ps %zmm17,%zmm8,%zmm31
  0.40 4ab3:	vfmadd213ps %zmm18,%zmm8,%zmm31
  0.00 4ab9:	vfmadd213ps %zmm19,%zmm8,%zmm31
  0.00 4abf:	vfmadd213ps %zmm20,%zmm8,%zmm31
  0.00 4ac5:	vfmadd213ps %zmm21,%zmm8,%zmm31
  0.00 4acb:	vfmadd213ps %zmm8,%zmm27,%zmm31
  0.99 4ad1:	vfmadd213ps %zmm29,%zmm29,%zmm31
  0.20 4ad7:	vaddps %zmm22,%zmm31,%zmm8
  1.38 4add:	vdivps %zmm8,%zmm22,%zmm8
  4.55 4ae3:	vaddps %zmm31,%zmm30,%zmm27
  0.00 4ae9:	vmulps %zmm27,%zmm31,%zmm27
  0.00 4aef:	vmulps %zmm8,%zmm8,%zmm8
  7.11 4af5:	vcmpneqps %zmm23,%zmm0,%k1
  0.00 4afc:	vmulps %zmm8,%zmm27,%zmm0{%k1}{z}
  5.73 4b02:	vpslld $0x10,%zmm3,%zmm3
  0.20 4b09:	vmulps %zmm3,%zmm0,%zmm0
  9.49 4b0f:	vpsubd %zmm28,%zmm16,%zmm3
  0.00 4b15:	vmulps %zmm0,%zmm4,%zmm0
 11.86 4b1b:	vcvtdq2ps %zmm3,%zmm3
  0.00 4b21:	vscalefps %zmm3,%zmm0,%zmm0
 12.45 4b27:	vfpclassps $0x20,%zmm0,%k0
  6.72 4b2e:	kortestw %k0,%k0
  3.95 4b32:	je     4a10 <_pocl_kernel_clact_bwd_workgroup+0x17b0>
# block 4b38-4b77: 10 instructions (no samples)
  0.00 4b38:	vpsrld $0x10,%zmm0,%zmm3
  0.00 4b3f:	vpandd 0x180(%rsp),%zmm3,%zmm3
  0.00 4b47:	vpaddd %zmm3,%zmm0,%zmm3
  0.00 4b4d:	vpaddd %zmm25,%zmm3,%zmm3
  0.00 4b53:	vpaddd %zmm0,%zmm0,%zmm8
  0.00 4b59:	vpcmpnleud %zmm26,%zmm8,%k1
  0.00 4b60:	vpord  0x34e6(%rip){1to16},%zmm0,%zmm3{%k1}        # 8050 <_pocl_kernel_clact_bwd_workgroup_fast+0x2b40>
  0.00 4b6a:	vpsrld $0x10,%zmm3,%zmm0
  0.00 4b71:	vpmovdw %zmm0,%ymm0
  0.00 4b77:	jmp    4a16 <_pocl_kernel_clact_bwd_workgroup+0x17b6>
