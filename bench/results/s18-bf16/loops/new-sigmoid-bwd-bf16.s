# block 2d30-2d30: 1 instructions
  1.72 2d30:	vcvtneps2bf16 %zmm0,%ymm0
# block 2d36-2d47: 5 instructions
 12.29 2d36:	mov    0x50(%rsp),%rax
  2.70 2d3b:	vmovdqa %ymm0,(%rax,%rdi,1)
  7.37 2d40:	add    $0x20,%rdi
  0.00 2d44:	inc    %rdx
  0.00 2d47:	je     3210 <_pocl_kernel_clact_bwd_workgroup+0xf90>
# block 2d4d-2e1e: 34 instructions
  0.49 2d4d:	mov    0x70(%rsp),%rax
  0.00 2d52:	prefetcht0 0x800(%rax,%rdi,1)
  4.67 2d5a:	vpmovzxwd (%rax,%rdi,1),%zmm0
  2.21 2d61:	vpslld $0x10,%zmm0,%zmm0
  0.25 2d68:	mov    0x68(%rsp),%rax
  0.49 2d6d:	prefetcht0 0x800(%rax,%rdi,1)
  4.91 2d75:	vpmovzxwd (%rax,%rdi,1),%zmm5
  0.00 2d7c:	vpord  %zmm6,%zmm0,%zmm0
  0.00 2d82:	vmaxps %zmm0,%zmm7,%zmm21
  0.25 2d88:	vmovaps %zmm8,%zmm23
  1.72 2d8e:	vfmadd231ps %zmm9,%zmm21,%zmm23
  0.00 2d94:	vpmaxsd %zmm10,%zmm23,%zmm24
  1.47 2d9a:	vsubps %zmm23,%zmm8,%zmm25
  0.00 2da0:	vfmadd132ps %zmm11,%zmm21,%zmm25
  0.00 2da6:	vmovaps %zmm12,%zmm21
  0.00 2dac:	vfmadd213ps %zmm13,%zmm25,%zmm21
  0.49 2db2:	vfmadd213ps %zmm14,%zmm25,%zmm21
  0.25 2db8:	vcmpneqps %zmm15,%zmm0,%k1
  3.93 2dbf:	vfmadd213ps 0x225f(%rip){1to16},%zmm25,%zmm21{%k1}{z}        # 5028 <_pocl_kernel_clact_bwd_workgroup_fast+0x1a08>
  0.49 2dc9:	vpslld $0x17,%zmm24,%zmm0
  0.49 2dd0:	vmulps %zmm0,%zmm21,%zmm0
  0.00 2dd6:	vaddps %zmm16,%zmm0,%zmm21
  0.74 2ddc:	vdivps %zmm21,%zmm16,%zmm21
  1.72 2de2:	vmulps %zmm21,%zmm0,%zmm0
  4.67 2de8:	vmulps %zmm0,%zmm21,%zmm0
  3.19 2dee:	vpslld $0x10,%zmm5,%zmm5
  0.49 2df5:	vmulps %zmm5,%zmm0,%zmm0
  7.86 2dfb:	vpsubd %zmm24,%zmm23,%zmm5
  0.00 2e01:	vmulps %zmm0,%zmm2,%zmm0
  7.62 2e07:	vcvtdq2ps %zmm5,%zmm5
  0.00 2e0d:	vscalefps %zmm5,%zmm0,%zmm0
 12.29 2e13:	vfpclassps $0x20,%zmm0,%k0
  9.09 2e1a:	kortestw %k0,%k0
  6.14 2e1e:	je     2d30 <_pocl_kernel_clact_bwd_workgroup+0xab0>
# block 2e24-2e61: 10 instructions (no samples)
  0.00 2e24:	vpsrld $0x10,%zmm0,%zmm5
  0.00 2e2b:	vpandd %zmm17,%zmm5,%zmm5
  0.00 2e31:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 2e37:	vpaddd %zmm18,%zmm5,%zmm5
  0.00 2e3d:	vpaddd %zmm0,%zmm0,%zmm21
  0.00 2e43:	vpcmpnleud %zmm19,%zmm21,%k1
  0.00 2e4a:	vpord  0x21f0(%rip){1to16},%zmm0,%zmm5{%k1}        # 5044 <_pocl_kernel_clact_bwd_workgroup_fast+0x1a24>
  0.00 2e54:	vpsrld $0x10,%zmm5,%zmm0
  0.00 2e5b:	vpmovdw %zmm0,%ymm0
  0.00 2e61:	jmp    2d36 <_pocl_kernel_clact_bwd_workgroup+0xab6>
