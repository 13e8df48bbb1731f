    c4eb:	inc    %r12
    c4ee:	add    0x168(%rsp),%r8
    c4f6:	add    0x1a0(%rsp),%r11
    c4fe:	mov    0x48(%rsp),%rdi
    c503:	add    0x198(%rsp),%rdi
    c50b:	mov    0x100(%rsp),%rax
    c513:	add    %rax,0x98(%rsp)
    c51b:	add    0xe8(%rsp),%r13
    c523:	cmp    0x128(%rsp),%r12
    c52b:	je     ccee <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x472e>
    c531:	cmpb   $0x0,0x148(%rsp)
    c539:	mov    %r13,0x88(%rsp)
    c541:	mov    %r12,%rax
    c544:	je     c5e0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4020>
    c54a:	shl    $0x4,%rax
    c54e:	cmpq   $0x1,0xa0(%rsp)
    c557:	jne    c610 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4050>
    c55d:	lea    0x0(,%rax,4),%rcx
    c565:	or     $0x20,%rcx
    c569:	mov    0x90(%rsp),%rdx
    c571:	vmovups (%rdx,%rax,4),%ymm0
    c576:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm0,%zmm0
    c57e:	cmpq   $0x1,0xc0(%rsp)
    c587:	je     c662 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x40a2>
    c58d:	mov    %r11,%rax
    c590:	xor    %ecx,%ecx
    c592:	mov    0x490(%rsp),%rdx
    c59a:	mov    0x2e8(%rsp),%rsi
    c5a2:	data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    c5b0:	vmovd  (%rax),%xmm1
    c5b4:	vmovd  %xmm1,(%rdx,%rcx,4)
    c5b9:	inc    %rcx
    c5bc:	add    %rsi,%rax
    c5bf:	cmp    $0x10,%rcx
    c5c3:	jne    c5b0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x3ff0>
    c5c5:	mov    0x2d8(%rsp),%rax
    c5cd:	vmovaps (%rax),%zmm1
    c5d3:	jmp    c6c2 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4102>
    c5d8:	nopl   0x0(%rax,%rax,1)
    c5e0:	shl    $0x7,%rax
    c5e4:	test   $0xf,%sil
    c5e8:	je     c685 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x40c5>
    c5ee:	mov    0x90(%rsp),%rcx
    c5f6:	vmovups (%rcx,%rax,1),%zmm1
    c5fd:	vmovups 0x40(%rcx,%rax,1),%zmm2
    c605:	jmp    c69c <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x40dc>
    c60a:	nopw   0x0(%rax,%rax,1)
    c610:	mov    %r8,%rcx
    c613:	xor    %edx,%edx
    c615:	mov    0x4a0(%rsp),%rsi
    c61d:	mov    0xd8(%rsp),%rbx
    c625:	data16 cs nopw 0x0(%rax,%rax,1)
    c630:	vmovd  (%rcx),%xmm0
    c634:	vmovd  %xmm0,(%rsi,%rdx,4)
    c639:	inc    %rdx
    c63c:	add    %rbx,%rcx
    c63f:	cmp    $0x10,%rdx
    c643:	jne    c630 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4070>
    c645:	mov    0x2e0(%rsp),%rcx
    c64d:	vmovaps (%rcx),%zmm0
    c653:	cmpq   $0x1,0xc0(%rsp)
    c65c:	jne    c58d <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x3fcd>
    c662:	lea    0x0(,%rax,4),%rcx
    c66a:	or     $0x20,%rcx
    c66e:	mov    0xe0(%rsp),%rdx
    c676:	vmovups (%rdx,%rax,4),%ymm1
    c67b:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm1,%zmm1
    c683:	jmp    c6c2 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4102>
    c685:	mov    0x90(%rsp),%rcx
    c68d:	vmovaps (%rcx,%rax,1),%zmm1
    c694:	vmovaps 0x40(%rcx,%rax,1),%zmm2
    c69c:	vmovaps %zmm1,%zmm0
    c6a2:	vmovaps 0x8f94(%rip),%zmm5        # 15640 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7030>
    c6ac:	vpermt2ps %zmm2,%zmm5,%zmm0
    c6b2:	vmovaps 0x8fc4(%rip),%zmm5        # 15680 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7070>
    c6bc:	vpermt2ps %zmm2,%zmm5,%zmm1
    c6c2:	mov    %r12,%r13
    c6c5:	shl    $0x4,%r13
    c6c9:	cmpq   $0x1,0x260(%rsp)
    c6d2:	mov    %r8,0x40(%rsp)
    c6d7:	mov    %rdi,0x48(%rsp)
    c6dc:	mov    %r11,%rbx
    c6df:	jne    c790 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x41d0>
    c6e5:	lea    0x0(,%r13,4),%rax
    c6ed:	or     $0x20,%rax
    c6f1:	mov    0x110(%rsp),%rcx
    c6f9:	vmovups (%rcx,%r13,4),%ymm2
    c6ff:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm2,%zmm2
    c707:	mov    0x420(%rsp),%rdi
    c70f:	call   20e0 <gated_dadb_0>
    c714:	cmpb   $0x0,0x120(%rsp)
    c71c:	jne    c7df <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x421f>
    c722:	vmovaps 0x500(%rsp),%zmm8
    c72a:	vucomiss 0x892a(%rip),%xmm8        # 1505c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6a4c>
    c732:	mov    %rbx,%r11
    c735:	jne    c73d <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x417d>
    c737:	jnp    c850 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4290>
    c73d:	mov    0x78(%rsp),%rdx
    c742:	test   $0xf,%dl
    c745:	mov    0xb8(%rsp),%r10
    c74d:	mov    0xa8(%rsp),%rsi
    c755:	mov    0x40(%rsp),%r8
    c75a:	mov    0x88(%rsp),%r13
    c762:	mov    %r12,%rax
    c765:	je     ca7a <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x44ba>
    c76b:	shl    $0x7,%rax
    c76f:	mov    0x60(%rsp),%rdi
    c774:	vmovups (%rdi,%rax,1),%zmm1
    c77b:	vmovups 0x40(%rdi,%rax,1),%zmm2
    c783:	jmp    ca92 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x44d2>
    c788:	nopl   0x0(%rax,%rax,1)
    c790:	mov    %rdi,%rax
    c793:	xor    %ecx,%ecx
    c795:	data16 cs nopw 0x0(%rax,%rax,1)
    c7a0:	vmovss (%rax),%xmm2
    c7a4:	vmovss %xmm2,(%r9,%rcx,4)
    c7aa:	inc    %rcx
    c7ad:	add    %r14,%rax
    c7b0:	cmp    $0x10,%rcx
    c7b4:	jne    c7a0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x41e0>
    c7b6:	mov    0x2f0(%rsp),%rax
    c7be:	vmovaps (%rax),%zmm2
    c7c4:	mov    0x420(%rsp),%rdi
    c7cc:	call   20e0 <gated_dadb_0>
    c7d1:	cmpb   $0x0,0x120(%rsp)
    c7d9:	je     c722 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4162>
    c7df:	vmovaps 0x500(%rsp),%zmm8
    c7e7:	vucomiss 0x886d(%rip),%xmm8        # 1505c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6a4c>
    c7ef:	vmovss 0x3c(%rsp),%xmm3
    c7f5:	vmovss 0x38(%rsp),%xmm4
    c7fb:	mov    0x68(%rsp),%r9
    c800:	mov    0x4a8(%rsp),%rsi
    c808:	mov    0xd0(%rsp),%r8
    c810:	vmovdqa 0x280(%rsp),%ymm5
    c819:	mov    %rbx,%r11
    c81c:	jne    c824 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4264>
    c81e:	jnp    c8c9 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4309>
    c824:	cmpq   $0x1,0x600(%rsp)
    c82d:	jne    c88a <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x42ca>
    c82f:	lea    0x0(,%r13,4),%rax
    c837:	or     $0x20,%rax
    c83b:	mov    0x60(%rsp),%rcx
    c840:	vmovups (%rcx,%r13,4),%ymm1
    c846:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm1,%zmm1
    c84e:	jmp    c8c3 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4303>
    c850:	mov    0x420(%rsp),%rax
    c858:	vmovaps (%rax),%zmm1
    c85e:	mov    0x68(%rsp),%r9
    c863:	mov    0xb8(%rsp),%r10
    c86b:	mov    0x78(%rsp),%rdx
    c870:	mov    0xa8(%rsp),%rsi
    c878:	mov    0x40(%rsp),%r8
    c87d:	mov    0x88(%rsp),%r13
    c885:	jmp    cad1 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4511>
    c88a:	mov    0x98(%rsp),%rax
    c892:	xor    %ecx,%ecx
    c894:	mov    0x388(%rsp),%rdx
    c89c:	nopl   0x0(%rax)
    c8a0:	vmovd  (%rax),%xmm1
    c8a4:	vmovd  %xmm1,(%rdx,%rcx,4)
    c8a9:	inc    %rcx
    c8ac:	add    %r15,%rax
    c8af:	cmp    $0x10,%rcx
    c8b3:	jne    c8a0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x42e0>
    c8b5:	mov    0x408(%rsp),%rax
    c8bd:	vmovaps (%rax),%zmm1
    c8c3:	vfmadd231ps %zmm1,%zmm8,%zmm0
    c8c9:	cmpq   $0x1,0x600(%rsp)
    c8d2:	mov    0x1d0(%rsp),%rbx
    c8da:	jne    c920 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4360>
    c8dc:	mov    %r12,%rax
    c8df:	shl    $0x6,%rax
    c8e3:	mov    0x60(%rsp),%rcx
    c8e8:	vextractf32x4 $0x1,%zmm0,0x10(%rcx,%rax,1)
    c8f1:	vmovups %xmm0,(%rcx,%rax,1)
    c8f6:	vextractf64x4 $0x1,%zmm0,0x20(%rcx,%rax,1)
    c8ff:	mov    0x3b8(%rsp),%rdi
    c907:	mov    0xb8(%rsp),%r10
    c90f:	jmp    c965 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x43a5>
    c911:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    c920:	mov    0x248(%rsp),%rax
    c928:	vmovaps %zmm0,(%rax)
    c92e:	mov    0x98(%rsp),%rax
    c936:	xor    %ecx,%ecx
    c938:	mov    0x3b8(%rsp),%rdi
    c940:	mov    0xb8(%rsp),%r10
    c948:	nopl   0x0(%rax,%rax,1)
    c950:	vmovss (%rsi,%rcx,4),%xmm0
    c955:	vmovss %xmm0,(%rax)
    c959:	inc    %rcx
    c95c:	add    %r15,%rax
    c95f:	cmp    $0x10,%rcx
    c963:	jne    c950 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4390>
    c965:	vucomiss 0x86ef(%rip),%xmm8        # 1505c <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x6a4c>
    c96d:	jne    c971 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x43b1>
    c96f:	jnp    c9ab <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x43eb>
    c971:	cmp    $0x1,%r8
    c975:	jne    c9d4 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4414>
    c977:	lea    0x0(,%r13,4),%rax
    c97f:	or     $0x20,%rax
    c983:	mov    0x228(%rsp),%rcx
    c98b:	vmovups (%rcx,%r13,4),%ymm0
    c991:	vinsertf64x4 $0x1,(%rcx,%rax,1),%zmm0,%zmm0
    c999:	mov    0xa8(%rsp),%rsi
    c9a1:	mov    0x88(%rsp),%r13
    c9a9:	jmp    ca1b <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x445b>
    c9ab:	mov    0x420(%rsp),%rax
    c9b3:	vmovaps (%rax),%zmm0
    c9b9:	mov    0xa8(%rsp),%rsi
    c9c1:	mov    0x88(%rsp),%r13
    c9c9:	cmp    $0x1,%r8
    c9cd:	jne    ca39 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4479>
    c9cf:	jmp    c4c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x3f00>
    c9d4:	mov    0x88(%rsp),%r13
    c9dc:	mov    %r13,%rax
    c9df:	xor    %ecx,%ecx
    c9e1:	mov    0x480(%rsp),%rdx
    c9e9:	nopl   0x0(%rax)
    c9f0:	vmovd  (%rax),%xmm0
    c9f4:	vmovd  %xmm0,(%rdx,%rcx,4)
    c9f9:	inc    %rcx
    c9fc:	add    %rbx,%rax
    c9ff:	cmp    $0x10,%rcx
    ca03:	jne    c9f0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x4430>
    ca05:	mov    0x400(%rsp),%rax
    ca0d:	vmovaps (%rax),%zmm0
    ca13:	mov    0xa8(%rsp),%rsi
    ca1b:	mov    0x420(%rsp),%rax
    ca23:	vfmadd213ps (%rax),%zmm8,%zmm0
    ca29:	vmovaps %zmm0,(%rax)
    ca2f:	cmp    $0x1,%r8
    ca33:	je     c4c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x3f00>
    ca39:	mov    0x410(%rsp),%rax
    ca41:	vmovaps %zmm0,(%rax)
    ca47:	mov    %r13,%rax
    ca4a:	xor    %ecx,%ecx
    ca4c:	mov    0x40(%rsp),%r8
    ca51:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    ca60:	vmovss (%rdi,%rcx,4),%xmm0
    ca65:	vmovss %xmm0,(%rax)
    ca69:	inc    %rcx
    ca6c:	add    %rbx,%rax
    ca6f:	cmp    $0x10,%rcx
    ca73:	jne    ca60 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x44a0>
    ca75:	jmp    c4eb <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x3f2b>
    ca7a:	shl    $0x7,%rax
    ca7e:	mov    0x60(%rsp),%rdi
    ca83:	vmovaps (%rdi,%rax,1),%zmm1
    ca8a:	vmovaps 0x40(%rdi,%rax,1),%zmm2
    ca92:	mov    0x68(%rsp),%r9
    ca97:	vmovaps %zmm1,%zmm3
    ca9d:	vmovaps 0x8b99(%rip),%zmm4        # 15640 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7030>
    caa7:	vpermt2ps %zmm2,%zmm4,%zmm3
    caad:	vmovaps 0x8bc9(%rip),%zmm4        # 15680 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7070>
    cab7:	vpermt2ps %zmm2,%zmm4,%zmm1
    cabd:	vfmadd231ps %zmm3,%zmm8,%zmm0
    cac3:	mov    0x420(%rsp),%rax
    cacb:	vfmadd213ps (%rax),%zmm8,%zmm1
    cad1:	vunpcklps %xmm1,%xmm0,%xmm2
    cad5:	vinsertf128 $0x1,%xmm1,%ymm2,%ymm3
    cadb:	vmovaps %ymm2,%ymm4
    cadf:	vmovapd 0x95d9(%rip),%ymm5        # 160c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7ab0>
    cae7:	vpermt2pd %ymm0,%ymm5,%ymm4
    caed:	vmovaps 0x95eb(%rip),%ymm5        # 160e0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7ad0>
    caf5:	vpermt2ps %ymm1,%ymm5,%ymm4
    cafb:	vmovaps 0x95fd(%rip),%ymm5        # 16100 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7af0>
    cb03:	vpermt2ps %ymm0,%ymm5,%ymm4
    cb09:	vblendps $0x88,%ymm3,%ymm4,%ymm4
    cb0f:	vshuff64x2 $0x14,%zmm0,%zmm4,%zmm3
    cb16:	vmovaps 0x8ba0(%rip),%zmm5        # 156c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x70b0>
    cb20:	vpermt2ps %zmm1,%zmm5,%zmm3
    cb26:	vmovaps 0x8bd0(%rip),%zmm5        # 15700 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x70f0>
    cb30:	vpermt2ps %zmm0,%zmm5,%zmm3
    cb36:	vmovaps 0x8c00(%rip),%zmm5        # 15740 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7130>
    cb40:	vpermt2ps %zmm1,%zmm5,%zmm3
    cb46:	vmovapd 0x8c30(%rip),%zmm5        # 15780 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7170>
    cb50:	vpermt2pd %zmm0,%zmm5,%zmm3
    cb56:	vmovaps 0x8c60(%rip),%zmm5        # 157c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x71b0>
    cb60:	vpermt2ps %zmm1,%zmm5,%zmm3
    cb66:	vmovaps 0x8c90(%rip),%zmm5        # 15800 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x71f0>
    cb70:	vpermt2ps %zmm0,%zmm5,%zmm3
    cb76:	vmovaps 0x8cc0(%rip),%zmm5        # 15840 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7230>
    cb80:	vpermt2ps %zmm1,%zmm5,%zmm3
    cb86:	vunpcklps %zmm1,%zmm0,%zmm5
    cb8c:	vextractf64x4 $0x1,%zmm5,%ymm5
    cb93:	vmovaps %zmm5,%zmm6
    cb99:	vmovapd 0x957f(%rip),%ymm7        # 16120 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7b10>
    cba1:	vpermt2pd %zmm0,%zmm7,%zmm6
    cba7:	vmovaps 0x9591(%rip),%ymm7        # 16140 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7b30>
    cbaf:	vpermt2ps %zmm1,%zmm7,%zmm6
    cbb5:	vmovaps 0x95a3(%rip),%ymm7        # 16160 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7b50>
    cbbd:	vpermt2ps %zmm0,%zmm7,%zmm6
    cbc3:	vmovaps 0x95b5(%rip),%ymm7        # 16180 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7b70>
    cbcb:	vpermt2ps %zmm1,%zmm7,%zmm6
    cbd1:	vshuff64x2 $0x34,%zmm0,%zmm6,%zmm7
    cbd8:	vmovaps 0x8c9e(%rip),%zmm9        # 15880 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7270>
    cbe2:	vpermt2ps %zmm1,%zmm9,%zmm7
    cbe8:	vmovaps 0x8cce(%rip),%zmm9        # 158c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72b0>
    cbf2:	vpermt2ps %zmm0,%zmm9,%zmm7
    cbf8:	vmovaps 0x8cfe(%rip),%zmm9        # 15900 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x72f0>
    cc02:	vpermt2ps %zmm1,%zmm9,%zmm7
    cc08:	vmovapd 0x8d2e(%rip),%zmm9        # 15940 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7330>
    cc12:	vpermt2pd %zmm0,%zmm9,%zmm7
    cc18:	vmovaps 0x8d5e(%rip),%zmm9        # 15980 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x7370>
    cc22:	vpermt2ps %zmm1,%zmm9,%zmm7
    cc28:	vmovaps 0x8d8e(%rip),%zmm9        # 159c0 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x73b0>
    cc32:	vpermt2ps %zmm0,%zmm9,%zmm7
    cc38:	vmovaps 0x8dbe(%rip),%zmm0        # 15a00 <_pocl_kernel_clact_gated_bwd_nd_workgroup_fast+0x73f0>
    cc42:	vpermt2ps %zmm1,%zmm0,%zmm7
    cc48:	mov    %r12,%rax
    cc4b:	shl    $0x7,%rax
    cc4f:	test   $0xf,%dl
    cc52:	je     cc8a <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x46ca>
    cc54:	mov    0x60(%rsp),%rcx
    cc59:	vextractf32x4 $0x1,%zmm4,0x10(%rcx,%rax,1)
    cc62:	vmovups %xmm2,(%rcx,%rax,1)
    cc67:	vextractf64x4 $0x1,%zmm3,0x20(%rcx,%rax,1)
    cc70:	vextractf32x4 $0x1,%zmm6,0x50(%rcx,%rax,1)
    cc79:	vmovups %xmm5,0x40(%rcx,%rax,1)
    cc7f:	vextractf64x4 $0x1,%zmm7,0x60(%rcx,%rax,1)
    cc88:	jmp    cc9e <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x46de>
    cc8a:	mov    0x60(%rsp),%rcx
    cc8f:	vmovaps %zmm3,(%rcx,%rax,1)
    cc96:	vmovaps %zmm7,0x40(%rcx,%rax,1)
    cc9e:	vmovss 0x3c(%rsp),%xmm3
    cca4:	vmovss 0x38(%rsp),%xmm4
    ccaa:	vmovdqa 0x280(%rsp),%ymm5
    ccb3:	jmp    c4eb <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x3f2b>
