    6a30:	mov    %r13,%rax
    6a33:	shl    $0x6,%rax
    6a37:	mov    0x38(%rsp),%rcx
    6a3c:	vextractf32x4 $0x1,%zmm1,0x10(%rcx,%rax,1)
    6a45:	vmovups %xmm1,(%rcx,%rax,1)
    6a4a:	vextractf64x4 $0x1,%zmm1,0x20(%rcx,%rax,1)
    6a53:	inc    %r13
    6a56:	add    0x290(%rsp),%r15
    6a5e:	add    0xb8(%rsp),%r12
    6a66:	add    0x160(%rsp),%r14
    6a6e:	cmp    %r10,%r13
    6a71:	je     727c <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1b1c>
    6a77:	cmpb   $0x0,0x40(%rsp)
    6a7c:	je     6b10 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x13b0>
    6a82:	mov    %r13,%rax
    6a85:	shl    $0x4,%rax
    6a89:	cmpq   $0x1,0x118(%rsp)
    6a92:	jne    6b50 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x13f0>
    6a98:	lea    0x0(,%rax,4),%rcx
    6aa0:	or     $0x20,%rcx
    6aa4:	mov    0x340(%rsp),%rdx
    6aac:	vmovups (%rdx,%rax,4),%ymm0
    6ab1:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm0,%zmm0
    6ab9:	mov    0x2e8(%rsp),%rdx
    6ac1:	mov    0x1e0(%rsp),%rsi
    6ac9:	cmpq   $0x1,0xf0(%rsp)
    6ad2:	je     6ba3 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1443>
    6ad8:	mov    %r12,%rax
    6adb:	xor    %ecx,%ecx
    6add:	nopl   (%rax)
    6ae0:	vmovd  (%rax),%xmm1
    6ae4:	vmovd  %xmm1,(%rdx,%rcx,4)
    6ae9:	inc    %rcx
    6aec:	add    %rsi,%rax
    6aef:	cmp    $0x10,%rcx
    6af3:	jne    6ae0 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1380>
    6af5:	mov    0x2d8(%rsp),%rax
    6afd:	vmovaps (%rax),%zmm1
    6b03:	jmp    6c0a <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x14aa>
    6b08:	nopl   0x0(%rax,%rax,1)
    6b10:	testb  $0xf,0xb0(%rsp)
    6b18:	je     6bc6 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1466>
    6b1e:	mov    %r13,%rax
    6b21:	shl    $0x7,%rax
    6b25:	mov    0x340(%rsp),%rcx
    6b2d:	vmovups (%rcx,%rax,1),%zmm1
    6b34:	vmovups 0x40(%rcx,%rax,1),%zmm4
    6b3c:	jmp    6be4 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1484>
    6b41:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    6b50:	mov    %r15,%rcx
    6b53:	xor    %edx,%edx
    6b55:	data16 cs nopw 0x0(%rax,%rax,1)
    6b60:	vmovd  (%rcx),%xmm0
    6b64:	vmovd  %xmm0,(%r9,%rdx,4)
    6b6a:	inc    %rdx
    6b6d:	add    %rbx,%rcx
    6b70:	cmp    $0x10,%rdx
    6b74:	jne    6b60 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1400>
    6b76:	mov    0x2e0(%rsp),%rcx
    6b7e:	vmovaps (%rcx),%zmm0
    6b84:	mov    0x2e8(%rsp),%rdx
    6b8c:	mov    0x1e0(%rsp),%rsi
    6b94:	cmpq   $0x1,0xf0(%rsp)
    6b9d:	jne    6ad8 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1378>
    6ba3:	lea    0x0(,%rax,4),%rcx
    6bab:	or     $0x20,%rcx
    6baf:	mov    0x380(%rsp),%rdx
    6bb7:	vmovups (%rdx,%rax,4),%ymm1
    6bbc:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm1,%zmm1
    6bc4:	jmp    6c0a <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x14aa>
    6bc6:	mov    %r13,%rax
    6bc9:	shl    $0x7,%rax
    6bcd:	mov    0x340(%rsp),%rcx
    6bd5:	vmovaps (%rcx,%rax,1),%zmm1
    6bdc:	vmovaps 0x40(%rcx,%rax,1),%zmm4
    6be4:	vmovaps %zmm1,%zmm0
    6bea:	vmovaps 0x654c(%rip),%zmm5        # d140 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x4030>
    6bf4:	vpermt2ps %zmm4,%zmm5,%zmm0
    6bfa:	vmovaps 0x657c(%rip),%zmm5        # d180 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x4070>
    6c04:	vpermt2ps %zmm4,%zmm5,%zmm1
    6c0a:	call   1000 <gated_y_0>
    6c0f:	vmovaps 0x3c0(%rsp),%zmm1
    6c17:	vucomiss 0x6435(%rip),%xmm1        # d054 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x3f44>
    6c1f:	jne    6c27 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x14c7>
    6c21:	jnp    6cc0 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1560>
    6c27:	mov    0x80(%rsp),%r8
    6c2f:	cmp    $0x1,%r8
    6c33:	vmovd  0x34(%rsp),%xmm2
    6c39:	vmovd  0x30(%rsp),%xmm3
    6c3f:	mov    0x1b0(%rsp),%r9
    6c47:	mov    0x248(%rsp),%rdx
    6c4f:	mov    0x230(%rsp),%rdi
    6c57:	vmovdqa 0x190(%rsp),%xmm5
    6c60:	mov    0xa8(%rsp),%rbx
    6c68:	mov    0x98(%rsp),%rsi
    6c70:	mov    0x70(%rsp),%r10
    6c75:	jne    6d20 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x15c0>
    6c7b:	mov    %r13,%rax
    6c7e:	shl    $0x4,%rax
    6c82:	lea    0x0(,%rax,4),%rcx
    6c8a:	or     $0x20,%rcx
    6c8e:	mov    0x38(%rsp),%rdx
    6c93:	vmovups (%rdx,%rax,4),%ymm1
    6c98:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm1,%zmm1
    6ca0:	vfmadd132ps 0x3c0(%rsp),%zmm0,%zmm1
    6ca8:	cmp    $0x1,%r8
    6cac:	je     6a30 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x12d0>
    6cb2:	jmp    6d65 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1605>
    6cb7:	nopw   0x0(%rax,%rax,1)
    6cc0:	vmovaps %zmm0,%zmm1
    6cc6:	vmovd  0x34(%rsp),%xmm2
    6ccc:	vmovd  0x30(%rsp),%xmm3
    6cd2:	mov    0x1b0(%rsp),%r9
    6cda:	mov    0x230(%rsp),%rdi
    6ce2:	mov    0x80(%rsp),%r8
    6cea:	vmovdqa 0x190(%rsp),%xmm5
    6cf3:	mov    0xa8(%rsp),%rbx
    6cfb:	mov    0x98(%rsp),%rsi
    6d03:	mov    0x70(%rsp),%r10
    6d08:	cmp    $0x1,%r8
    6d0c:	jne    6d65 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x1605>
    6d0e:	jmp    6a30 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x12d0>
