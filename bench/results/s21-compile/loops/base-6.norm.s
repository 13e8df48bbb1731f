# block: 16 instructions
prefetcht0 (%rcx,%r12,1)
prefetcht0 (%rdx,%r12,1)
vmovaps (%rsi,%r12,1),%zmm0
vaddps (%rbx,%r12,1),%zmm0,%zmm0
vcmpnleps %zmm11,%zmm0,%k1
vmovaps %zmm0,%zmm0{%k1}{z}
vmulps %zmm0,%zmm26,%zmm0
vmovntps %zmm0,(%rdi,%r12,1)
inc    %rax
add    $0x40,%rdi
add    $0x40,%rbx
add    $0x40,%rsi
add    $0x40,%rdx
add    $0x40,%rcx
cmp    %rax,%r15
jne    TARGET
