# block: 5 instructions
vmovntps %zmm1,(%rsi,%rax,1)
vmovntps %zmm0,(%rdi,%rax,1)
add    $0x40,%rax
inc    %rbx
je     TARGET
# block: 16 instructions
vucomiss %xmm6,%xmm12
vmovaps (%r8,%rax,1),%zmm0
vmovaps (%rdx,%rax,1),%zmm1
vcmpnleps %zmm8,%zmm0,%k1
vmovaps %zmm0,%zmm2{%k1}{z}
vcmpltps %zmm0,%zmm8,%k1
vmulps %zmm8,%zmm1,%zmm3
vmovaps %zmm1,%zmm3{%k1}
vpaddd %zmm0,%zmm0,%zmm4
vpcmpnleud %zmm7,%zmm4,%k1
vmovaps %zmm0,%zmm3{%k1}
vmulps %zmm2,%zmm1,%zmm0
vmulps %zmm0,%zmm11,%zmm0
vmulps (%rcx,%rax,1),%zmm3,%zmm1
vmulps %zmm1,%zmm11,%zmm1
jne    TARGET
# block: 1 instructions (no samples)
jnp    TARGET
# block: 7 instructions (no samples)
vfmadd231ps (%rsi,%rax,1),%zmm12,%zmm1
vmovntps %zmm1,(%rsi,%rax,1)
vfmadd231ps (%rdi,%rax,1),%zmm12,%zmm0
vmovntps %zmm0,(%rdi,%rax,1)
add    $0x40,%rax
inc    %rbx
jne    TARGET
