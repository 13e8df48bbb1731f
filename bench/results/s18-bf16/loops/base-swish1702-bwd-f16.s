# block 3e60-3f36: 32 instructions
  0.00 3e60:	vmulps %zmm10,%zmm1,%zmm0
  0.00 3e66:	vmovaps 0x4c0(%rsp),%zmm3
  0.00 3e6e:	vminps %zmm0,%zmm3,%zmm10
  2.32 3e74:	vmovaps 0x480(%rsp),%zmm3
  0.23 3e7c:	vmaxps %zmm10,%zmm3,%zmm10
  0.00 3e82:	vmovaps %zmm13,%zmm12
  0.00 3e88:	vfmadd231ps 0x440(%rsp),%zmm10,%zmm12
  0.00 3e90:	vsubps %zmm12,%zmm13,%zmm14
  0.00 3e96:	vpmaxsd 0x400(%rsp),%zmm12,%zmm15
  0.00 3e9e:	vpslld $0x17,%zmm15,%zmm16
  0.00 3ea5:	vaddps %zmm22,%zmm10,%zmm18
  2.78 3eab:	vfmadd231ps 0x3c0(%rsp),%zmm14,%zmm10
  0.46 3eb3:	vfmadd231ps 0x380(%rsp),%zmm14,%zmm10
  0.23 3ebb:	vmulps %zmm10,%zmm10,%zmm14
  0.23 3ec1:	vmovaps 0x340(%rsp),%zmm17
  0.00 3ec9:	vfmadd213ps 0x300(%rsp),%zmm10,%zmm17
  0.00 3ed1:	vfmadd213ps 0x2c0(%rsp),%zmm10,%zmm17
  0.23 3ed9:	vfmadd213ps 0x280(%rsp),%zmm10,%zmm17
  0.00 3ee1:	vfmadd213ps 0x240(%rsp),%zmm10,%zmm17
  2.32 3ee9:	vfmadd213ps %zmm24,%zmm10,%zmm17
  0.46 3eef:	vfmadd213ps %zmm10,%zmm14,%zmm17
  0.70 3ef5:	vfmadd213ps %zmm16,%zmm16,%zmm17
  0.00 3efb:	vpsubd %zmm15,%zmm12,%zmm10
  0.00 3f01:	vaddps %zmm22,%zmm17,%zmm12
  0.23 3f07:	vdivps %zmm12,%zmm22,%zmm12
 10.21 3f0d:	vaddps %zmm17,%zmm18,%zmm14
  0.46 3f13:	vmulps %zmm14,%zmm17,%zmm14
  0.23 3f19:	vmulps %zmm12,%zmm12,%zmm12
  6.26 3f1f:	vcmpneqps 0x200(%rsp),%zmm0,%k1
  0.00 3f28:	vmulps %zmm12,%zmm14,%zmm12{%k1}{z}
  9.98 3f2e:	vpmaxsd 0x1c0(%rsp),%zmm10,%zmm0
  0.00 3f36:	vmulps %zmm12,%zmm26,%zmm26
# block 3f3c-3f81: 15 instructions
 10.90 3f3c:	vpslld $0x17,%zmm0,%zmm0
  0.00 3f43:	vpaddd %zmm9,%zmm0,%zmm0
  0.00 3f49:	vmulps %zmm26,%zmm20,%zmm10
 11.14 3f4f:	vmulps %zmm0,%zmm10,%zmm0
  9.28 3f55:	mov    0x48(%rsp),%rdx
  0.00 3f5a:	mov    0x40(%rsp),%rax
  0.00 3f5f:	cmp    %rax,%rdx
  0.00 3f62:	cmovb  %rdx,%rax
  1.39 3f66:	shl    $0x5,%rax
  0.23 3f6a:	vcvtps2ph $0x0,%zmm0,(%rcx,%rax,1)
 19.03 3f72:	add    $0x20,%rcx
  0.00 3f76:	add    $0x20,%rbx
  0.00 3f7a:	add    $0x20,%rsi
  0.00 3f7e:	inc    %r8
  0.00 3f81:	je     43e0 <_pocl_kernel_clact_bwd_workgroup+0x1630>
# block 3f87-3fc0: 11 instructions
  0.23 3f87:	mov    0x48(%rsp),%rdx
  0.00 3f8c:	mov    0x40(%rsp),%rax
  1.16 3f91:	cmp    %rax,%rdx
  0.70 3f94:	cmovb  %rdx,%rax
  0.23 3f98:	shl    $0x5,%rax
  0.23 3f9c:	prefetcht0 0x800(%rsi,%rax,1)
  3.02 3fa4:	vcvtph2ps (%rsi,%rax,1),%zmm10
  0.00 3fab:	prefetcht0 0x800(%rbx,%rax,1)
  4.64 3fb3:	vcvtph2ps (%rbx,%rax,1),%zmm26
  0.46 3fba:	vucomiss %xmm31,%xmm11
  0.00 3fc0:	jne    3e60 <_pocl_kernel_clact_bwd_workgroup+0x10b0>
# block 3fc6-3fc6: 1 instructions (no samples)
  0.00 3fc6:	jp     3e60 <_pocl_kernel_clact_bwd_workgroup+0x10b0>
# block 3fcc-3fe9: 6 instructions (no samples)
  0.00 3fcc:	vmulps %zmm24,%zmm26,%zmm26
  0.00 3fd2:	vpaddd %zmm10,%zmm10,%zmm0
  0.00 3fd8:	vpcmpnleud %zmm8,%zmm0,%k1
  0.00 3fdf:	vmovaps %zmm10,%zmm26{%k1}
  0.00 3fe5:	vpxor  %xmm0,%xmm0,%xmm0
  0.00 3fe9:	jmp    3f3c <_pocl_kernel_clact_bwd_workgroup+0x118c>
