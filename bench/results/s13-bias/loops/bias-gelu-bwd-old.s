0.71 :   8a40:   vmovaps %zmm0,(%rbx,%rdx,1)
0.59 :   8a47:   inc    %r8
2.24 :   8a4a:   cmp    %rcx,%r8
0.00 :   8a4d:   je     89c0 <_pocl_kernel_clact_bias_bwd_nd_workgroup+0x37a0>
0.00 :   8a53:   mov    %r8,%rdx
0.00 :   8a56:   shl    $0x4,%rdx
0.00 :   8a5a:   xor    %esi,%esi
0.00 :   8a5c:   nopl   0x0(%rax)
0.00 :   8a60:   mov    (%r12,%rsi,8),%rdi
0.59 :   8a64:   prefetcht0 (%rdi,%rdx,4)
0.47 :   8a68:   inc    %rsi
4.47 :   8a6b:   cmp    $0x3,%rsi
0.00 :   8a6f:   jne    8a60 <_pocl_kernel_clact_bias_bwd_nd_workgroup+0x3840>
0.00 :   8a71:   mov    %r8,%rdx
0.12 :   8a74:   shl    $0x6,%rdx
0.00 :   8a78:   mov    0x1d8(%rsp),%rsi
0.00 :   8a80:   vmovaps (%rsi,%rdx,1),%zmm0
0.12 :   8a87:   vaddps (%r15,%rdx,1),%zmm0,%zmm0
0.24 :   8a8e:   vandps 0x4c0(%rsp),%zmm0,%zmm2
0.00 :   8a96:   vcmpgtps 0x480(%rsp),%zmm2,%k1
2.12 :   8a9f:   vxorps %xmm10,%xmm10,%xmm10
0.00 :   8aa4:   vmovaps %zmm10,%zmm2{%k1}
0.35 :   8aaa:   vmulps %zmm2,%zmm2,%zmm3
0.12 :   8ab0:   vmovaps 0x400(%rsp),%zmm11
0.00 :   8ab8:   vaddps %zmm11,%zmm2,%zmm4
0.00 :   8abe:   vmovaps 0x600(%rsp),%zmm12
0.12 :   8ac6:   vaddps %zmm12,%zmm4,%zmm1
1.41 :   8acc:   vsubps %zmm1,%zmm2,%zmm5
0.12 :   8ad2:   vmovaps %zmm2,%zmm6
0.00 :   8ad8:   vfnmadd213ps %zmm3,%zmm2,%zmm6
0.12 :   8ade:   vmovaps 0x3c0(%rsp),%zmm7
0.00 :   8ae6:   vmovaps %zmm7,%zmm1
0.00 :   8aec:   vfmadd231ps 0x580(%rsp),%zmm3,%zmm1
0.00 :   8af4:   vsubps %zmm1,%zmm7,%zmm7
0.24 :   8afa:   vmulps 0x300(%rsp),%zmm7,%zmm8
1.76 :   8b02:   vfmadd231ps 0x440(%rsp),%zmm3,%zmm8
0.00 :   8b0a:   vdivps %zmm4,%zmm11,%zmm3
0.00 :   8b10:   vfmadd213ps %zmm12,%zmm3,%zmm4
0.00 :   8b16:   vfmadd231ps %zmm5,%zmm3,%zmm4
0.00 :   8b1c:   vaddps 0x6c0(%rsp),%zmm3,%zmm3
0.00 :   8b24:   vfmadd231ps 0x9c0(%rsp),%zmm7,%zmm6
0.00 :   8b2c:   vmovaps 0x940(%rsp),%zmm5
0.12 :   8b34:   vfmadd213ps 0x900(%rsp),%zmm3,%zmm5
2.00 :   8b3c:   vfmadd213ps 0x780(%rsp),%zmm3,%zmm5
0.12 :   8b44:   vfmadd213ps %zmm6,%zmm4,%zmm5
0.35 :   8b4a:   vmovaps 0x740(%rsp),%zmm11
0.00 :   8b52:   vmovaps %zmm11,%zmm4
0.00 :   8b58:   vfmadd213ps %zmm8,%zmm5,%zmm4
0.12 :   8b5e:   vsubps %zmm4,%zmm8,%zmm6
0.24 :   8b64:   vfmadd231ps %zmm5,%zmm11,%zmm6
0.47 :   8b6a:   vmulps %zmm4,%zmm4,%zmm5
2.47 :   8b70:   vmovaps 0x8c0(%rsp),%zmm7
0.00 :   8b78:   vfmadd213ps 0x980(%rsp),%zmm4,%zmm7
0.12 :   8b80:   vfmadd213ps 0x880(%rsp),%zmm4,%zmm7
0.24 :   8b88:   vfmadd213ps 0x840(%rsp),%zmm4,%zmm7
0.71 :   8b90:   vfmadd213ps 0x800(%rsp),%zmm4,%zmm7
0.71 :   8b98:   vfmadd213ps %zmm11,%zmm4,%zmm7
0.24 :   8b9e:   vmovaps 0x700(%rsp),%zmm8
0.00 :   8ba6:   vfmadd213ps 0x500(%rsp),%zmm3,%zmm8
1.29 :   8bae:   vfmadd213ps 0x54c0(%rip){1to16},%zmm3,%zmm8        # e078 <_pocl_kernel_clact_bias_
0.00 :   8bb8:   vfmadd213ps 0x54ba(%rip){1to16},%zmm3,%zmm8        # e07c <_pocl_kernel_clact_bias_
0.00 :   8bc2:   vfmadd213ps 0x54b4(%rip){1to16},%zmm3,%zmm8        # e080 <_pocl_kernel_clact_bias_
0.00 :   8bcc:   vfmadd213ps 0x54ae(%rip){1to16},%zmm3,%zmm8        # e084 <_pocl_kernel_clact_bias_
0.00 :   8bd6:   vfmadd213ps 0x54a8(%rip){1to16},%zmm3,%zmm8        # e088 <_pocl_kernel_clact_bias_
0.00 :   8be0:   vfmadd213ps 0x54a2(%rip){1to16},%zmm3,%zmm8        # e08c <_pocl_kernel_clact_bias_
0.00 :   8bea:   vfmadd213ps 0x549c(%rip){1to16},%zmm3,%zmm8        # e090 <_pocl_kernel_clact_bias_
0.24 :   8bf4:   vfmadd213ps %zmm6,%zmm5,%zmm7
2.12 :   8bfa:   vbroadcastss 0x5490(%rip),%zmm5        # e094 <_pocl_kernel_clact_bias_bwd_nd_workg
0.24 :   8c04:   vmovaps %zmm3,%zmm6
0.00 :   8c0a:   vfmadd213ps %zmm5,%zmm8,%zmm6
0.12 :   8c10:   vsubps %zmm6,%zmm5,%zmm5
0.35 :   8c16:   vfmadd231ps %zmm8,%zmm3,%zmm5
1.06 :   8c1c:   vbroadcastss 0x5476(%rip),%zmm3        # e09c <_pocl_kernel_clact_bias_bwd_nd_workg
0.12 :   8c26:   vsubps %zmm2,%zmm3,%zmm8
0.00 :   8c2c:   vaddps 0x5462(%rip){1to16},%zmm5,%zmm5        # e098 <_pocl_kernel_clact_bias_bwd_n
3.65 :   8c36:   vsubps %zmm8,%zmm3,%zmm3
0.00 :   8c3c:   vsubps %zmm2,%zmm3,%zmm2
0.00 :   8c42:   vfmadd231ps %zmm7,%zmm6,%zmm5
2.00 :   8c48:   vaddps 0x544e(%rip){1to16},%zmm2,%zmm2        # e0a0 <_pocl_kernel_clact_bias_bwd_n
0.00 :   8c52:   vfmadd231ps %zmm4,%zmm6,%zmm5
1.88 :   8c58:   vaddps %zmm5,%zmm6,%zmm3
1.41 :   8c5e:   vmulps %zmm3,%zmm2,%zmm2
4.24 :   8c64:   vfmadd231ps %zmm5,%zmm8,%zmm2
4.00 :   8c6a:   vfmadd231ps %zmm6,%zmm8,%zmm2
4.12 :   8c70:   vpmaxsd 0x542a(%rip){1to16},%zmm1,%zmm3        # e0a4 <_pocl_kernel_clact_bias_bwd_
0.00 :   8c7a:   vpslld $0x17,%zmm3,%zmm4
0.12 :   8c81:   vmulps %zmm4,%zmm2,%zmm2
10.24 :   8c87:   vcmpltps %zmm0,%zmm10,%k2
0.00 :   8c8e:   vbroadcastss 0x5410(%rip),%zmm4        # e0a8 <_pocl_kernel_clact_bias_bwd_nd_workg
0.00 :   8c98:   vsubps %zmm2,%zmm4,%zmm2{%k2}
2.35 :   8c9e:   vpsubd %zmm3,%zmm1,%zmm1
0.24 :   8ca4:   knotw  %k2,%k2
0.00 :   8ca8:   vmovdqa32 %zmm1,%zmm1{%k2}{z}
0.00 :   8cae:   vcmpltps %zmm10,%zmm0,%k2
0.00 :   8cb5:   vbroadcastss 0x53ed(%rip),%zmm4{%k2}        # e0ac <_pocl_kernel_clact_bias_bwd_nd_
0.82 :   8cbf:   vmovaps %zmm4,%zmm2{%k1}
1.18 :   8cc5:   mov    0x30(%rsp),%rsi
0.00 :   8cca:   vmulps (%rsi,%rdx,1),%zmm2,%zmm0
13.41 :   8cd1:   vpbroadcastd 0x53d5(%rip),%zmm2{%k2}{z}        # e0b0 <_pocl_kernel_clact_bias_bwd
0.24 :   8cdb:   vmovdqa32 %zmm2,%zmm1{%k1}
0.00 :   8ce1:   vmulps 0x5c0(%rsp),%zmm0,%zmm0
6.94 :   8ce9:   vpmaxsd 0x53c1(%rip){1to16},%zmm1,%zmm2        # e0b4 <_pocl_kernel_clact_bias_bwd_
0.12 :   8cf3:   vpslld $0x17,%zmm2,%zmm3
0.00 :   8cfa:   vpbroadcastd 0x53a4(%rip),%zmm4        # e0a8 <_pocl_kernel_clact_bias_bwd_nd_workg
0.00 :   8d04:   vpaddd %zmm4,%zmm3,%zmm3
0.00 :   8d0a:   vmulps %zmm3,%zmm0,%zmm0
5.88 :   8d10:   vpsubd %zmm2,%zmm1,%zmm1
0.00 :   8d16:   vpslld $0x17,%zmm1,%zmm1
0.00 :   8d1d:   vpaddd %zmm4,%zmm1,%zmm1
0.00 :   8d23:   vmulps %zmm1,%zmm0,%zmm0
5.53 :   8d29:   vucomiss 0x5387(%rip),%xmm9        # e0b8 <_pocl_kernel_clact_bias_bwd_nd_workgroup
0.00 :   8d31:   jne    8d39 <_pocl_kernel_clact_bias_bwd_nd_workgroup+0x3b19>
0.00 :   8d33:   jnp    8a40 <_pocl_kernel_clact_bias_bwd_nd_workgroup+0x3820>
0.00 :   8d39:   vfmadd231ps (%rbx,%rdx,1),%zmm9,%zmm0
0.00 :   8d40:   jmp    8a40 <_pocl_kernel_clact_bias_bwd_nd_workgroup+0x3820>
