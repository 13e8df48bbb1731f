0.46 :   8860:   vmovaps %zmm0,(%rdi,%rdx,1)
0.76 :   8867:   add    $0x40,%rdi
2.60 :   886b:   add    $0x40,%rcx
0.00 :   886f:   add    $0x40,%rax
0.00 :   8873:   add    $0x40,%rsi
0.00 :   8877:   add    $0x40,%rbx
0.00 :   887b:   dec    %r10
0.00 :   887e:   je     87e0 <_pocl_kernel_clact_bias_fwd_nd_workgroup+0x3760>
0.00 :   8884:   prefetcht0 (%rbx,%rdx,1)
0.15 :   8888:   prefetcht0 (%rsi,%rdx,1)
0.00 :   888c:   vmovaps (%rax,%rdx,1),%zmm0
2.29 :   8893:   vaddps (%rcx,%rdx,1),%zmm0,%zmm0
0.15 :   889a:   vandps 0x300(%rsp),%zmm0,%zmm1
0.15 :   88a2:   vcmpngtps 0x2c0(%rsp),%zmm1,%k1
0.00 :   88ab:   vmovaps %zmm1,%zmm4{%k1}{z}
0.15 :   88b1:   vmulps %zmm4,%zmm4,%zmm2
0.15 :   88b7:   vmovaps 0x500(%rsp),%zmm1
0.00 :   88bf:   vaddps %zmm1,%zmm4,%zmm5
1.99 :   88c5:   vmovaps 0x7c0(%rsp),%zmm7
0.15 :   88cd:   vaddps %zmm7,%zmm5,%zmm3
0.00 :   88d3:   vdivps %zmm5,%zmm1,%zmm1
0.00 :   88d9:   vsubps %zmm3,%zmm4,%zmm6
0.00 :   88df:   vfmadd213ps %zmm7,%zmm1,%zmm5
0.31 :   88e5:   vaddps 0x900(%rsp),%zmm1,%zmm3
0.00 :   88ed:   vfmadd231ps %zmm6,%zmm1,%zmm5
0.00 :   88f3:   vmulps %zmm1,%zmm4,%zmm6
2.91 :   88f9:   vfmsub213ps %zmm6,%zmm4,%zmm1
0.00 :   88ff:   vfnmadd213ps %zmm2,%zmm4,%zmm4
0.00 :   8905:   vmovaps 0x380(%rsp),%zmm8
0.31 :   890d:   vmovaps %zmm8,%zmm7
0.00 :   8913:   vfmadd231ps 0x280(%rsp),%zmm2,%zmm7
0.31 :   891b:   vsubps %zmm7,%zmm8,%zmm8
0.00 :   8921:   vmulps 0x540(%rsp),%zmm8,%zmm9
0.15 :   8929:   vfmadd231ps 0x680(%rsp),%zmm2,%zmm9
2.75 :   8931:   vfmadd231ps 0x400(%rsp),%zmm8,%zmm4
0.15 :   8939:   vmovaps 0x8c0(%rsp),%zmm2
0.00 :   8941:   vfmadd213ps 0x880(%rsp),%zmm3,%zmm2
0.00 :   8949:   vfmadd213ps 0x980(%rsp),%zmm3,%zmm2
0.15 :   8951:   vfmadd213ps %zmm4,%zmm5,%zmm2
0.15 :   8957:   vmovaps 0x740(%rsp),%zmm4
0.00 :   895f:   vfmadd213ps 0x600(%rsp),%zmm3,%zmm4
0.00 :   8967:   vfmadd213ps 0x5c0(%rsp),%zmm3,%zmm4
2.45 :   896f:   vfmadd213ps 0x480(%rsp),%zmm3,%zmm4
0.00 :   8977:   vfmadd213ps 0x580(%rsp),%zmm3,%zmm4
0.15 :   897f:   vfmadd213ps 0x3c0(%rsp),%zmm3,%zmm4
0.31 :   8987:   vfmadd213ps 0xa00(%rsp),%zmm3,%zmm4
0.00 :   898f:   vfmadd213ps 0x940(%rsp),%zmm3,%zmm4
0.00 :   8997:   vfmadd213ps 0x46e3(%rip){1to16},%zmm3,%zmm4        # d084 <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x4284>
0.00 :   89a1:   vmovaps 0x4c0(%rsp),%zmm13
0.00 :   89a9:   vfmadd213ps %zmm9,%zmm13,%zmm2
2.29 :   89af:   vbroadcastss 0x46cf(%rip),%zmm5        # d088 <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x4288>
0.46 :   89b9:   vmovaps %zmm3,%zmm8
0.00 :   89bf:   vfmadd213ps %zmm5,%zmm4,%zmm8
0.15 :   89c5:   vbroadcastss 0x46bd(%rip),%zmm9        # d08c <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x428c>
0.00 :   89cf:   vsubps %zmm8,%zmm5,%zmm5
0.15 :   89d5:   vmovaps %zmm3,%zmm10
0.00 :   89db:   vfmadd213ps %zmm9,%zmm8,%zmm10
0.31 :   89e1:   vsubps %zmm10,%zmm9,%zmm9
4.13 :   89e7:   vfmadd231ps %zmm8,%zmm3,%zmm9
0.61 :   89ed:   vaddps 0x4699(%rip){1to16},%zmm9,%zmm8        # d090 <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x4290>
0.61 :   89f7:   vfmadd231ps %zmm4,%zmm3,%zmm5
0.15 :   89fd:   vfmadd231ps %zmm5,%zmm3,%zmm8
2.75 :   8a03:   vmulps %zmm2,%zmm2,%zmm3
0.15 :   8a09:   vmovaps 0xa40(%rsp),%zmm4
0.00 :   8a11:   vfmadd213ps 0x9c0(%rsp),%zmm2,%zmm4
0.00 :   8a19:   vfmadd213ps 0x640(%rsp),%zmm2,%zmm4
5.66 :   8a21:   vfmadd213ps 0x780(%rsp),%zmm2,%zmm4
0.00 :   8a29:   vfmadd213ps %zmm13,%zmm2,%zmm4
0.00 :   8a2f:   vmulps %zmm4,%zmm3,%zmm3
0.00 :   8a35:   vfmadd231ps %zmm3,%zmm10,%zmm8
4.89 :   8a3b:   vfmadd231ps %zmm2,%zmm10,%zmm8
7.03 :   8a41:   vmulps %zmm10,%zmm1,%zmm1
0.00 :   8a47:   vfmadd231ps %zmm8,%zmm6,%zmm1
8.87 :   8a4d:   vfmadd231ps %zmm10,%zmm6,%zmm1
10.55 :   8a53:   vpmaxsd 0x4637(%rip){1to16},%zmm7,%zmm2        # d094 <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x4294>
0.15 :   8a5d:   vpmovd2m %zmm0,%k1
0.00 :   8a63:   vbroadcastss 0x462b(%rip),%zmm0{%k1}        # d098 <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x4298>
0.00 :   8a6d:   vpslld $0x17,%zmm2,%zmm3
0.00 :   8a74:   vfmadd231ps %zmm3,%zmm1,%zmm0
11.01 :   8a7a:   vpsubd %zmm2,%zmm7,%zmm1
0.31 :   8a80:   vpmaxsd 0x4612(%rip){1to16},%zmm1,%zmm1        # d09c <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x429c>
0.00 :   8a8a:   vpslld $0x17,%zmm1,%zmm1
0.46 :   8a91:   vpbroadcastd 0x4605(%rip),%zmm2        # d0a0 <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x42a0>
0.00 :   8a9b:   vpaddd %zmm2,%zmm1,%zmm2{%k1}
0.00 :   8aa1:   vmulps %zmm0,%zmm11,%zmm0
9.79 :   8aa7:   vmulps %zmm2,%zmm0,%zmm0
9.02 :   8aad:   vucomiss 0x45ef(%rip),%xmm12        # d0a4 <_pocl_kernel_clact_bias_fwd_nd_workgroup_fast+0x42a4>
0.00 :   8ab5:   jne    8abd <_pocl_kernel_clact_bias_fwd_nd_workgroup+0x3a3d>
0.00 :   8ab7:   jnp    8860 <_pocl_kernel_clact_bias_fwd_nd_workgroup+0x37e0>
0.00 :   8abd:   vfmadd231ps (%rdi,%rdx,1),%zmm12,%zmm0
0.00 :   8ac4:   jmp    8860 <_pocl_kernel_clact_bias_fwd_nd_workgroup+0x37e0>
