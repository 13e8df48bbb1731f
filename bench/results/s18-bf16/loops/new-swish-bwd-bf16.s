# block 3dc0-3dc0: 1 instructions
  1.89 3dc0:	vcvtneps2bf16 %zmm0,%ymm0
# block 3dc6-3dd7: 5 instructions
  8.68 3dc6:	mov    0x28(%rsp),%rax
  0.57 3dcb:	vmovdqa %ymm0,(%rax,%rdi,1)
  8.11 3dd0:	add    $0x20,%rdi
  0.19 3dd4:	inc    %rdx
  0.00 3dd7:	je     50c0 <_pocl_kernel_clact_bwd_workgroup+0x1e60>
# block 3ddd-3eda: 42 instructions
  0.19 3ddd:	mov    0x58(%rsp),%rax
  0.00 3de2:	prefetcht0 0x800(%rax,%rdi,1)
  2.26 3dea:	vpmovzxwd (%rax,%rdi,1),%zmm0
  1.51 3df1:	vpslld $0x10,%zmm0,%zmm0
  0.00 3df8:	mov    0x50(%rsp),%rax
  0.38 3dfd:	prefetcht0 0x800(%rax,%rdi,1)
  3.21 3e05:	vpmovzxwd (%rax,%rdi,1),%zmm3
  0.00 3e0c:	vminps %zmm0,%zmm9,%zmm28
  0.00 3e12:	vmaxps %zmm28,%zmm10,%zmm28
  0.00 3e18:	vmovaps %zmm11,%zmm30
  2.08 3e1e:	vfmadd231ps %zmm12,%zmm28,%zmm30
  0.00 3e24:	vsubps %zmm30,%zmm11,%zmm31
  0.38 3e2a:	vpmaxsd %zmm13,%zmm30,%zmm8
  0.00 3e30:	vpslld $0x17,%zmm8,%zmm27
  0.00 3e37:	vaddps %zmm22,%zmm28,%zmm29
  0.00 3e3d:	vfmadd231ps %zmm14,%zmm31,%zmm28
  0.00 3e43:	vfmadd231ps %zmm15,%zmm31,%zmm28
  0.19 3e49:	vmulps %zmm28,%zmm28,%zmm31
  3.40 3e4f:	vmovaps %zmm24,%zmm16
  0.00 3e55:	vfmadd213ps %zmm17,%zmm28,%zmm16
  0.94 3e5b:	vfmadd213ps %zmm18,%zmm28,%zmm16
  0.38 3e61:	vfmadd213ps %zmm19,%zmm28,%zmm16
  0.19 3e67:	vfmadd213ps %zmm20,%zmm28,%zmm16
  0.19 3e6d:	vfmadd213ps %zmm21,%zmm28,%zmm16
  0.57 3e73:	vfmadd213ps %zmm28,%zmm31,%zmm16
  0.19 3e79:	vfmadd213ps %zmm27,%zmm27,%zmm16
  1.70 3e7f:	vaddps %zmm22,%zmm16,%zmm27
  0.19 3e85:	vdivps %zmm27,%zmm22,%zmm27
  7.17 3e8b:	vaddps %zmm16,%zmm29,%zmm28
  0.19 3e91:	vmulps %zmm28,%zmm16,%zmm16
  0.00 3e97:	vmulps %zmm27,%zmm27,%zmm27
  4.91 3e9d:	vcmpneqps %zmm23,%zmm0,%k1
  1.51 3ea4:	vmulps %zmm27,%zmm16,%zmm0{%k1}{z}
  6.42 3eaa:	vpslld $0x10,%zmm3,%zmm3
  0.38 3eb1:	vmulps %zmm3,%zmm0,%zmm0
 10.19 3eb7:	vpsubd %zmm8,%zmm30,%zmm3
  0.00 3ebd:	vmulps %zmm0,%zmm4,%zmm0
 11.13 3ec3:	vcvtdq2ps %zmm3,%zmm3
  0.00 3ec9:	vscalefps %zmm3,%zmm0,%zmm0
 10.38 3ecf:	vfpclassps $0x20,%zmm0,%k0
  6.23 3ed6:	kortestw %k0,%k0
  3.77 3eda:	je     3dc0 <_pocl_kernel_clact_bwd_workgroup+0xb60>
# block 3ee0-3f1f: 10 instructions (no samples)
  0.00 3ee0:	vpsrld $0x10,%zmm0,%zmm3
  0.00 3ee7:	vpandd 0x180(%rsp),%zmm3,%zmm3
  0.00 3eef:	vpaddd %zmm3,%zmm0,%zmm3
  0.00 3ef5:	vpaddd %zmm25,%zmm3,%zmm3
  0.00 3efb:	vpaddd %zmm0,%zmm0,%zmm8
  0.00 3f01:	vpcmpnleud %zmm26,%zmm8,%k1
  0.00 3f08:	vpord  0x413e(%rip){1to16},%zmm0,%zmm3{%k1}        # 8050 <_pocl_kernel_clact_bwd_workgroup_fast+0x2b40>
  0.00 3f12:	vpsrld $0x10,%zmm3,%zmm0
  0.00 3f19:	vpmovdw %zmm0,%ymm0
  0.00 3f1f:	jmp    3dc6 <_pocl_kernel_clact_bwd_workgroup+0xb66>
