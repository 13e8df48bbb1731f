# block: 1 instructions
vmovntps %zmm1,(%rsi,%rbx,1)
# block: 5 instructions
vmovntps %zmm0,(%rdi,%rbx,1)
inc    %rax
add    $0x40,%rbx
cmp    %rax,%r13
je     TARGET
# block: 16 instructions
vucomiss %xmm7,%xmm6
vmovaps (%r8,%rbx,1),%zmm0
vmovaps (%rdx,%rbx,1),%zmm1
vcmpnleps %zmm13,%zmm0,%k1
vmovaps %zmm0,%zmm2{%k1}{z}
vcmpltps %zmm0,%zmm13,%k1
vmulps %zmm13,%zmm1,%zmm3
vmovaps %zmm1,%zmm3{%k1}
vpaddd %zmm0,%zmm0,%zmm4
vpcmpnleud %zmm12,%zmm4,%k1
vmovaps %zmm0,%zmm3{%k1}
vmulps %zmm2,%zmm1,%zmm0
vmulps %zmm0,%zmm8,%zmm0
vmulps (%rcx,%rbx,1),%zmm3,%zmm1
vmulps %zmm1,%zmm8,%zmm1
jne    TARGET
# block: 1 instructions
jnp    TARGET
# block: 4 instructions (no samples)
vfmadd231ps (%rsi,%rbx,1),%zmm9,%zmm1
vmovntps %zmm1,(%rsi,%rbx,1)
vfmadd231ps (%rdi,%rbx,1),%zmm9,%zmm0
jmp    TARGET
