# block 1ad0-1ad0: 1 instructions
  0.22 1ad0:	vmovntps %zmm1,(%rsi,%rbx,1)
# block 1ad7-1ae8: 5 instructions
  9.92 1ad7:	vmovntps %zmm0,(%rdi,%rbx,1)
  7.50 1ade:	inc    %rax
  0.88 1ae1:	add    $0x40,%rbx
  0.66 1ae5:	cmp    %rax,%r13
  0.22 1ae8:	je     1d50 <nd_fused_walk+0x8c0>
# block 1aee-1b4c: 16 instructions
  0.00 1aee:	vucomiss %xmm7,%xmm6
  0.66 1af2:	vmovaps (%r8,%rbx,1),%zmm0
 21.39 1af9:	vmovaps (%rdx,%rbx,1),%zmm1
 26.79 1b00:	vcmpnleps %zmm13,%zmm0,%k1
  0.99 1b07:	vmovaps %zmm0,%zmm2{%k1}{z}
  1.10 1b0d:	vcmpltps %zmm0,%zmm13,%k1
  0.00 1b14:	vmulps %zmm13,%zmm1,%zmm3
  3.64 1b1a:	vmovaps %zmm1,%zmm3{%k1}
  0.44 1b20:	vpaddd %zmm0,%zmm0,%zmm4
  0.11 1b26:	vpcmpnleud %zmm12,%zmm4,%k1
  0.22 1b2d:	vmovaps %zmm0,%zmm3{%k1}
  0.55 1b33:	vmulps %zmm2,%zmm1,%zmm0
  0.88 1b39:	vmulps %zmm0,%zmm8,%zmm0
  2.65 1b3f:	vmulps (%rcx,%rbx,1),%zmm3,%zmm1
 16.32 1b46:	vmulps %zmm1,%zmm8,%zmm1
  2.87 1b4c:	jne    1b50 <nd_fused_walk+0x6c0>
# block 1b4e-1b4e: 1 instructions
  0.77 1b4e:	jnp    1ad0 <nd_fused_walk+0x640>
# block 1b50-1b65: 4 instructions (no samples)
  0.00 1b50:	vfmadd231ps (%rsi,%rbx,1),%zmm9,%zmm1
  0.00 1b57:	vmovntps %zmm1,(%rsi,%rbx,1)
  0.00 1b5e:	vfmadd231ps (%rdi,%rbx,1),%zmm9,%zmm0
  0.00 1b65:	jmp    1ad7 <nd_fused_walk+0x647>
