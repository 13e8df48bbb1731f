# block 2e80-2e80: 1 instructions
  1.13 2e80:	vcvtneps2bf16 %zmm0,%ymm0
# block 2e86-2e97: 5 instructions
 11.06 2e86:	mov    0x50(%rsp),%rax
  1.13 2e8b:	vmovdqa %ymm0,(%rax,%rdi,1)
 10.84 2e90:	add    $0x20,%rdi
  0.00 2e94:	inc    %rdx
  0.00 2e97:	je     33c0 <_pocl_kernel_clact_bwd_workgroup+0x1050>
# block 2e9d-2f8d: 39 instructions
  0.00 2e9d:	mov    0x70(%rsp),%rax
  0.23 2ea2:	prefetcht0 0x800(%rax,%rdi,1)
  3.61 2eaa:	vpmovzxwd (%rax,%rdi,1),%zmm0
  2.26 2eb1:	vpslld $0x10,%zmm0,%zmm0
  0.23 2eb8:	mov    0x68(%rsp),%rax
  0.90 2ebd:	prefetcht0 0x800(%rax,%rdi,1)
  6.32 2ec5:	vpmovzxwd (%rax,%rdi,1),%zmm5
  0.00 2ecc:	vpslld $0x10,%zmm5,%zmm5
  0.00 2ed3:	vpord  %zmm6,%zmm0,%zmm0
  0.00 2ed9:	vmaxps %zmm0,%zmm7,%zmm25
  2.03 2edf:	vmovaps %zmm8,%zmm27
  0.00 2ee5:	vfmadd231ps %zmm9,%zmm25,%zmm27
  1.35 2eeb:	vpmaxsd %zmm10,%zmm27,%zmm28
  0.23 2ef1:	vpsubd %zmm28,%zmm27,%zmm29
  0.00 2ef7:	vsubps %zmm27,%zmm8,%zmm27
  0.00 2efd:	vfmadd132ps %zmm11,%zmm25,%zmm27
  0.00 2f03:	vmovaps %zmm12,%zmm25
  0.00 2f09:	vfmadd213ps %zmm13,%zmm27,%zmm25
  2.26 2f0f:	vfmadd213ps %zmm14,%zmm27,%zmm25
  0.23 2f15:	vcmpneqps %zmm15,%zmm0,%k1
  0.23 2f1c:	vfmadd213ps 0x2102(%rip){1to16},%zmm27,%zmm25{%k1}{z}        # 5028 <_pocl_kernel_clact_bwd_workgroup_fast+0x1838>
  0.23 2f26:	vpslld $0x17,%zmm28,%zmm0
  0.45 2f2d:	vmulps %zmm0,%zmm25,%zmm0
  0.00 2f33:	vaddps %zmm16,%zmm0,%zmm25
  0.23 2f39:	vdivps %zmm25,%zmm16,%zmm25
  6.09 2f3f:	vmulps %zmm25,%zmm0,%zmm0
  2.26 2f45:	vmulps %zmm0,%zmm25,%zmm0
  2.71 2f4b:	vmulps %zmm5,%zmm0,%zmm0
  6.55 2f51:	vpslld $0x17,%zmm29,%zmm5
  0.00 2f58:	vpaddd %zmm17,%zmm5,%zmm25
  0.00 2f5e:	vpminsd %zmm18,%zmm5,%zmm5
  0.00 2f64:	vpmaxsd %zmm19,%zmm25,%zmm25
  1.13 2f6a:	vpaddd %zmm20,%zmm5,%zmm5
  0.23 2f70:	vmulps %zmm0,%zmm2,%zmm0
  4.97 2f76:	vmulps %zmm25,%zmm0,%zmm0
  7.67 2f7c:	vmulps %zmm5,%zmm0,%zmm0
 10.38 2f82:	vfpclassps $0x20,%zmm0,%k0
  8.58 2f89:	kortestw %k0,%k0
  4.06 2f8d:	je     2e80 <_pocl_kernel_clact_bwd_workgroup+0xb10>
# block 2f93-2fd0: 10 instructions (no samples)
  0.00 2f93:	vpsrld $0x10,%zmm0,%zmm5
  0.00 2f9a:	vpandd %zmm21,%zmm5,%zmm5
  0.00 2fa0:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 2fa6:	vpaddd %zmm22,%zmm5,%zmm5
  0.00 2fac:	vpaddd %zmm0,%zmm0,%zmm25
  0.00 2fb2:	vpcmpnleud %zmm23,%zmm25,%k1
  0.00 2fb9:	vpord  0x208d(%rip){1to16},%zmm0,%zmm5{%k1}        # 5050 <_pocl_kernel_clact_bwd_workgroup_fast+0x1860>
  0.00 2fc3:	vpsrld $0x10,%zmm5,%zmm0
  0.00 2fca:	vpmovdw %zmm0,%ymm0
  0.00 2fd0:	jmp    2e86 <_pocl_kernel_clact_bwd_workgroup+0xb16>
