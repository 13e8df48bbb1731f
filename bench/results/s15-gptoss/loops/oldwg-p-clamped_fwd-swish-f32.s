    6e70:	mov    %r13,%rax
    6e73:	shl    $0x6,%rax
    6e77:	mov    0x28(%rsp),%rcx
    6e7c:	vextractf32x4 $0x1,%zmm1,0x10(%rcx,%rax,1)
    6e85:	vmovups %xmm1,(%rcx,%rax,1)
    6e8a:	vextractf64x4 $0x1,%zmm1,0x20(%rcx,%rax,1)
    6e93:	inc    %r13
    6e96:	add    0x290(%rsp),%r15
    6e9e:	add    0xb0(%rsp),%r12
    6ea6:	add    0x168(%rsp),%r14
    6eae:	cmp    %r10,%r13
    6eb1:	je     774c <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1c7c>
    6eb7:	cmpb   $0x0,0x30(%rsp)
    6ebc:	je     6f50 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1480>
    6ec2:	mov    %r13,%rax
    6ec5:	shl    $0x4,%rax
    6ec9:	cmpq   $0x1,0x118(%rsp)
    6ed2:	jne    6f90 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x14c0>
    6ed8:	lea    0x0(,%rax,4),%rcx
    6ee0:	or     $0x20,%rcx
    6ee4:	mov    0xf0(%rsp),%rdx
    6eec:	vmovups (%rdx,%rax,4),%ymm0
    6ef1:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm0,%zmm0
    6ef9:	mov    0x2e8(%rsp),%rdx
    6f01:	mov    0x1d0(%rsp),%rsi
    6f09:	cmpq   $0x1,0xe8(%rsp)
    6f12:	je     6fe3 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1513>
    6f18:	mov    %r12,%rax
    6f1b:	xor    %ecx,%ecx
    6f1d:	nopl   (%rax)
    6f20:	vmovd  (%rax),%xmm1
    6f24:	vmovd  %xmm1,(%rdx,%rcx,4)
    6f29:	inc    %rcx
    6f2c:	add    %rsi,%rax
    6f2f:	cmp    $0x10,%rcx
    6f33:	jne    6f20 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1450>
    6f35:	mov    0x2d8(%rsp),%rax
    6f3d:	vmovaps (%rax),%zmm1
    6f43:	jmp    7047 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1577>
    6f48:	nopl   0x0(%rax,%rax,1)
    6f50:	testb  $0xf,0xa8(%rsp)
    6f58:	je     7003 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1533>
    6f5e:	mov    %r13,%rax
    6f61:	shl    $0x7,%rax
    6f65:	mov    0xf0(%rsp),%rcx
    6f6d:	vmovups (%rcx,%rax,1),%zmm1
    6f74:	vmovups 0x40(%rcx,%rax,1),%zmm2
    6f7c:	jmp    7021 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1551>
    6f81:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    6f90:	mov    %r15,%rcx
    6f93:	xor    %edx,%edx
    6f95:	data16 cs nopw 0x0(%rax,%rax,1)
    6fa0:	vmovd  (%rcx),%xmm0
    6fa4:	vmovd  %xmm0,(%r9,%rdx,4)
    6faa:	inc    %rdx
    6fad:	add    %rbx,%rcx
    6fb0:	cmp    $0x10,%rdx
    6fb4:	jne    6fa0 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x14d0>
    6fb6:	mov    0x2e0(%rsp),%rcx
    6fbe:	vmovaps (%rcx),%zmm0
    6fc4:	mov    0x2e8(%rsp),%rdx
    6fcc:	mov    0x1d0(%rsp),%rsi
    6fd4:	cmpq   $0x1,0xe8(%rsp)
    6fdd:	jne    6f18 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1448>
    6fe3:	lea    0x0(,%rax,4),%rcx
    6feb:	or     $0x20,%rcx
    6fef:	mov    0x58(%rsp),%rdx
    6ff4:	vmovups (%rdx,%rax,4),%ymm1
    6ff9:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm1,%zmm1
    7001:	jmp    7047 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1577>
    7003:	mov    %r13,%rax
    7006:	shl    $0x7,%rax
    700a:	mov    0xf0(%rsp),%rcx
    7012:	vmovaps (%rcx,%rax,1),%zmm1
    7019:	vmovaps 0x40(%rcx,%rax,1),%zmm2
    7021:	vmovaps %zmm1,%zmm0
    7027:	vmovaps 0x710f(%rip),%zmm6        # e140 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4a60>
    7031:	vpermt2ps %zmm2,%zmm6,%zmm0
    7037:	vmovaps 0x713f(%rip),%zmm6        # e180 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4aa0>
    7041:	vpermt2ps %zmm2,%zmm6,%zmm1
    7047:	vminps %zmm0,%zmm5,%zmm0
    704d:	vminps %zmm1,%zmm5,%zmm2
    7053:	vmovaps 0x480(%rsp),%zmm5
    705b:	vcmpltps %zmm5,%zmm1,%k1
    7062:	vmovaps %zmm5,%zmm2{%k1}
    7068:	vaddps %zmm7,%zmm2,%zmm1
    706e:	vmovaps %xmm4,%xmm2
    7072:	call   1000 <gated_y_0>
    7077:	vmovaps 0x3c0(%rsp),%zmm1
    707f:	vucomiss 0x6fcd(%rip),%xmm1        # e054 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup_fast+0x4974>
    7087:	jne    708f <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x15bf>
    7089:	jnp    7130 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1660>
    708f:	mov    0x78(%rsp),%r8
    7094:	cmp    $0x1,%r8
    7098:	vmovss 0x24(%rsp),%xmm4
    709e:	vmovd  0x20(%rsp),%xmm3
    70a4:	vmovaps 0x340(%rsp),%zmm5
    70ac:	vmovaps 0x380(%rsp),%zmm7
    70b4:	mov    0x1b8(%rsp),%r9
    70bc:	mov    0x248(%rsp),%rdx
    70c4:	mov    0x230(%rsp),%rdi
    70cc:	vmovdqa 0x190(%rsp),%xmm6
    70d5:	mov    0x98(%rsp),%rbx
    70dd:	mov    0x88(%rsp),%rsi
    70e5:	mov    0x50(%rsp),%r10
    70ea:	jne    7190 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x16c0>
    70f0:	mov    %r13,%rax
    70f3:	shl    $0x4,%rax
    70f7:	lea    0x0(,%rax,4),%rcx
    70ff:	or     $0x20,%rcx
    7103:	mov    0x28(%rsp),%rdx
    7108:	vmovups (%rdx,%rax,4),%ymm1
    710d:	vinsertf64x4 $0x1,(%rdx,%rcx,1),%zmm1,%zmm1
    7115:	vfmadd132ps 0x3c0(%rsp),%zmm0,%zmm1
    711d:	cmp    $0x1,%r8
    7121:	je     6e70 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x13a0>
    7127:	jmp    71d5 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1705>
    712c:	nopl   0x0(%rax)
    7130:	vmovaps %zmm0,%zmm1
    7136:	vmovss 0x24(%rsp),%xmm4
    713c:	vmovd  0x20(%rsp),%xmm3
    7142:	vmovaps 0x340(%rsp),%zmm5
    714a:	vmovaps 0x380(%rsp),%zmm7
    7152:	mov    0x1b8(%rsp),%r9
    715a:	mov    0x230(%rsp),%rdi
    7162:	mov    0x78(%rsp),%r8
    7167:	vmovdqa 0x190(%rsp),%xmm6
    7170:	mov    0x98(%rsp),%rbx
    7178:	mov    0x88(%rsp),%rsi
    7180:	mov    0x50(%rsp),%r10
    7185:	cmp    $0x1,%r8
    7189:	jne    71d5 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x1705>
    718b:	jmp    6e70 <_pocl_kernel_clact_gated_clamped_fwd_nd_workgroup+0x13a0>
