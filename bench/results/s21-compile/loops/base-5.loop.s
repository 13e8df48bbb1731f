# block d2e0-d2f5: 5 instructions
  0.73 d2e0:	vmovntps %zmm1,(%rsi,%rax,1)
 10.02 d2e7:	vmovntps %zmm0,(%rdi,%rax,1)
  5.85 d2ee:	add    $0x40,%rax
  0.00 d2f2:	inc    %rbx
  1.77 d2f5:	je     d386 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x5a16>
# block d2fb-d359: 16 instructions
  0.00 d2fb:	vucomiss %xmm6,%xmm12
  0.00 d2ff:	vmovaps (%r8,%rax,1),%zmm0
 16.81 d306:	vmovaps (%rdx,%rax,1),%zmm1
 28.71 d30d:	vcmpnleps %zmm8,%zmm0,%k1
  0.63 d314:	vmovaps %zmm0,%zmm2{%k1}{z}
  0.10 d31a:	vcmpltps %zmm0,%zmm8,%k1
  0.21 d321:	vmulps %zmm8,%zmm1,%zmm3
  4.18 d327:	vmovaps %zmm1,%zmm3{%k1}
  0.31 d32d:	vpaddd %zmm0,%zmm0,%zmm4
  0.00 d333:	vpcmpnleud %zmm7,%zmm4,%k1
  0.63 d33a:	vmovaps %zmm0,%zmm3{%k1}
  0.21 d340:	vmulps %zmm2,%zmm1,%zmm0
  1.15 d346:	vmulps %zmm0,%zmm11,%zmm0
  1.77 d34c:	vmulps (%rcx,%rax,1),%zmm3,%zmm1
 20.77 d353:	vmulps %zmm1,%zmm11,%zmm1
  5.11 d359:	jne    d35d <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x59ed>
# block d35b-d35b: 1 instructions (no samples)
  0.00 d35b:	jnp    d2e0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x5970>
# block d35d-d380: 7 instructions (no samples)
  0.00 d35d:	vfmadd231ps (%rsi,%rax,1),%zmm12,%zmm1
  0.00 d364:	vmovntps %zmm1,(%rsi,%rax,1)
  0.00 d36b:	vfmadd231ps (%rdi,%rax,1),%zmm12,%zmm0
  0.00 d372:	vmovntps %zmm0,(%rdi,%rax,1)
  0.00 d379:	add    $0x40,%rax
  0.00 d37d:	inc    %rbx
  0.00 d380:	jne    d2fb <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x598b>
