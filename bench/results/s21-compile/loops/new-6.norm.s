# block: 16 instructions
prefetcht0 (%rcx,%r13,1)
prefetcht0 (%rdx,%r13,1)
vmovaps (%rsi,%r13,1),%zmm0
vaddps (%rbx,%r13,1),%zmm0,%zmm0
vcmpnleps %zmm13,%zmm0,%k1
vmovaps %zmm0,%zmm0{%k1}{z}
vmulps %zmm0,%zmm9,%zmm0
vmovntps %zmm0,(%rdi,%r13,1)
inc    %rax
add    $0x40,%rdi
add    $0x40,%rbx
add    $0x40,%rsi
add    $0x40,%rdx
add    $0x40,%rcx
cmp    %rax,%r12
jne    TARGET
