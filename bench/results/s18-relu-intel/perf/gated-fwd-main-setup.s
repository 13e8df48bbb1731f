# main (da05d4f), clact_gated_fwd_nd (relu, f32), PoCL 3.1: the work-item loop's set-up after the previous
# work-item's sfence (at 8602, then jmp 7b60). rs[]/base[] stored as 8-byte values (7b91..7bcf), read back as
# 16-byte loads (7ccb: 19 % of the function's cpu-clock samples land on 7ccf; 7ce6 the same for base[])
    8602:	sfence
    8605:	jmp    7b60 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x2ea0>
    7b60:	mov    0x50(%rsp),%rcx
    7b65:	inc    %rcx
    7b68:	add    $0x40,%rbx
    7b6c:	add    $0x40,%rdi
    7b70:	add    $0x40,%r9
    7b74:	add    $0x40,%r14
    7b78:	cmp    $0x10,%rcx
    7b7c:	je     860a <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x394a>
    7b82:	mov    %rcx,%rdx
    7b85:	shl    $0x5,%rdx
    7b89:	mov    0x278(%rsp),%rax
    7b91:	mov    %rax,0x16c0(%rsp,%rdx,1)
    7b99:	mov    0x68(%rsp),%rax
    7b9e:	mov    %rax,0x1ac0(%rsp,%rdx,1)
    7ba6:	mov    0x270(%rsp),%rax
    7bae:	mov    %rax,0x16c8(%rsp,%rdx,1)
    7bb6:	mov    0x180(%rsp),%rax
    7bbe:	mov    %rax,0x16d0(%rsp,%rdx,1)
    7bc6:	vmovaps 0x150(%rsp),%xmm0
    7bcf:	vmovups %xmm0,0x1ac8(%rsp,%rdx,1)
    7bd8:	vmovdqa 0x240(%rsp),%xmm0
    7be1:	vmovdqa %xmm0,0x1ec0(%rsp,%rdx,1)
    7bea:	movq   $0x1,0x1ed0(%rsp,%rdx,1)
    7bf6:	mov    0x280(%rsp),%rax
    7bfe:	mov    %rcx,0x50(%rsp)
    7c03:	add    %rcx,%rax
    7c06:	mov    0xd0(%rsp),%rcx
    7c0e:	imul   %rcx,%rax
    7c12:	mov    0xb0(%rsp),%rsi
    7c1a:	cmp    %rsi,%rax
    7c1d:	cmovae %rsi,%rax
    7c21:	lea    (%rax,%rcx,1),%r15
    7c25:	mov    0x1e8(%rsp),%rcx
    7c2d:	mov    %rcx,0xb40(%rsp,%rdx,1)
    7c35:	mov    0xc8(%rsp),%rcx
    7c3d:	mov    %rcx,0xb50(%rsp,%rdx,1)
    7c45:	mov    0xf0(%rsp),%rcx
    7c4d:	mov    %rcx,0xb48(%rsp,%rdx,1)
    7c55:	mov    0x128(%rsp),%rcx
    7c5d:	mov    %rdx,0x40(%rsp)
    7c62:	mov    %rcx,0xb58(%rsp,%rdx,1)
    7c6a:	mov    %r15,%rcx
    7c6d:	cmp    %rsi,%r15
    7c70:	cmovae %rsi,%rcx
    7c74:	cmp    %rcx,%rax
    7c77:	jae    85f0 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x3930>
    7c7d:	mov    %rcx,0x90(%rsp)
    7c85:	mov    %rax,%rcx
    7c88:	or     %r8,%rcx
    7c8b:	mov    %rax,%r15
    7c8e:	shr    $0x20,%rcx
    7c92:	je     7ca3 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x2fe3>
    7c94:	xor    %edx,%edx
    7c96:	div    %r8
    7c99:	mov    %rdx,0x2c0(%rsp)
    7ca1:	jmp    7cb0 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x2ff0>
    7ca3:	xor    %edx,%edx
    7ca5:	div    %r8d
    7ca8:	mov    %rdx,0x2c0(%rsp)
    7cb0:	mov    0x50(%rsp),%r12
    7cb5:	mov    0x40(%rsp),%rdx
    7cba:	lea    (%rsp,%rdx,1),%rsi
    7cbe:	add    $0x1ac0,%rsi
    7cc5:	vpbroadcastq %rax,%xmm0
    7ccb:	vmovdqa (%rsi),%xmm1
    7ccf:	vmovdqa %xmm1,0x250(%rsp)
    7cd8:	vpmullq %xmm0,%xmm1,%xmm0
    7cde:	lea    0x16c0(%rsp,%rdx,1),%rcx
    7ce6:	vpaddq (%rcx),%xmm0,%xmm0
    7cea:	vmovdqa %xmm0,0x160(%rsp)
    7cf3:	vmovdqa %xmm0,(%rcx)
