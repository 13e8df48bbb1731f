7f50: prefetcht0 (%rcx,%r12,1)
7f55: prefetcht0 (%rdx,%r12,1)
7f5a: vmovaps (%rsi,%r12,1),%zmm0
7f61: vaddps (%rbx,%r12,1),%zmm0,%zmm0
7f68: vcmpnleps %zmm11,%zmm0,%k1
7f6f: vmovaps %zmm0,%zmm0{%k1}{z}
7f75: vmulps %zmm0,%zmm26,%zmm0
7f7b: vmovntps %zmm0,(%rdi,%r12,1)
7f82: inc    %rax
7f85: add    $0x40,%rdi
7f89: add    $0x40,%rbx
7f8d: add    $0x40,%rsi
7f91: add    $0x40,%rdx
7f95: add    $0x40,%rcx
7f99: cmp    %rax,%r15
7f9c: jne    7f50 <_pocl_kernel_clact_bias_fwd_nd_workgroup+0x3390>
