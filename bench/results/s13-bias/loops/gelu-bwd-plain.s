0.00 :   3760:   mov    0x58(%rsp),%rax
0.00 :   3765:   prefetcht0 0x800(%rax,%rdi,1)
5.43 :   376d:   vmovaps (%rax,%rdi,1),%zmm31
2.27 :   3774:   vandps 0x180(%rsp),%zmm31,%zmm6
0.25 :   377c:   vcmpgtps 0x2c0(%rsp),%zmm6,%k1
0.00 :   3785:   vmovaps %zmm7,%zmm6{%k1}
0.00 :   378b:   vmulps %zmm6,%zmm6,%zmm0
0.00 :   3791:   vaddps %zmm12,%zmm6,%zmm1
0.00 :   3797:   vaddps %zmm13,%zmm1,%zmm8
0.00 :   379d:   vsubps %zmm8,%zmm6,%zmm5
1.77 :   37a3:   vmovaps %zmm6,%zmm2
0.00 :   37a9:   vfnmadd213ps %zmm0,%zmm6,%zmm2
0.00 :   37af:   vmovaps %zmm4,%zmm8
0.00 :   37b5:   vfmadd231ps 0x280(%rsp),%zmm0,%zmm8
0.00 :   37bd:   vsubps %zmm8,%zmm4,%zmm9
0.00 :   37c3:   vmulps 0x240(%rsp),%zmm9,%zmm10
0.00 :   37cb:   vfmadd231ps 0x200(%rsp),%zmm0,%zmm10
0.00 :   37d3:   vdivps %zmm1,%zmm12,%zmm0
1.52 :   37d9:   vfmadd213ps %zmm13,%zmm0,%zmm1
0.00 :   37df:   vfmadd231ps %zmm5,%zmm0,%zmm1
0.00 :   37e5:   vaddps 0x1c0(%rsp),%zmm0,%zmm0
0.00 :   37ed:   vfmadd231ps %zmm15,%zmm9,%zmm2
0.00 :   37f3:   vmovaps %zmm16,%zmm5
0.00 :   37f9:   vfmadd213ps %zmm17,%zmm0,%zmm5
0.00 :   37ff:   vfmadd213ps %zmm18,%zmm0,%zmm5
0.00 :   3805:   vfmadd213ps %zmm2,%zmm1,%zmm5
1.39 :   380b:   vmovaps %zmm19,%zmm1
0.00 :   3811:   vfmadd213ps %zmm10,%zmm5,%zmm1
0.25 :   3817:   vsubps %zmm1,%zmm10,%zmm2
0.00 :   381d:   vfmadd231ps %zmm5,%zmm19,%zmm2
0.25 :   3823:   vmulps %zmm1,%zmm1,%zmm5
0.00 :   3829:   vmovaps %zmm20,%zmm9
0.13 :   382f:   vfmadd213ps %zmm21,%zmm1,%zmm9
0.00 :   3835:   vfmadd213ps %zmm22,%zmm1,%zmm9
1.77 :   383b:   vfmadd213ps %zmm23,%zmm1,%zmm9
0.00 :   3841:   vfmadd213ps %zmm24,%zmm1,%zmm9
0.13 :   3847:   vfmadd213ps %zmm19,%zmm1,%zmm9
0.13 :   384d:   vmovaps %zmm25,%zmm10
0.00 :   3853:   vfmadd213ps %zmm26,%zmm0,%zmm10
0.00 :   3859:   vfmadd213ps %zmm27,%zmm0,%zmm10
0.00 :   385f:   vfmadd213ps %zmm28,%zmm0,%zmm10
0.00 :   3865:   vfmadd213ps %zmm29,%zmm0,%zmm10
1.39 :   386b:   vfmadd213ps %zmm30,%zmm0,%zmm10
0.25 :   3871:   vfmadd213ps 0x27f5(%rip){1to16},%zmm0,%zmm10        # 6070 <_pocl_kernel_clact_bwd_
0.00 :   387b:   vfmadd213ps 0x27ef(%rip){1to16},%zmm0,%zmm10        # 6074 <_pocl_kernel_clact_bwd_
0.13 :   3885:   vfmadd213ps %zmm2,%zmm5,%zmm9
0.00 :   388b:   vfmadd213ps 0x27e3(%rip){1to16},%zmm0,%zmm10        # 6078 <_pocl_kernel_clact_bwd_
0.00 :   3895:   vbroadcastss 0x27dd(%rip),%zmm2        # 607c <_pocl_kernel_clact_bwd_workgroup_fas
0.00 :   389f:   vmovaps %zmm0,%zmm5
0.00 :   38a5:   vfmadd213ps %zmm2,%zmm10,%zmm5
2.02 :   38ab:   vsubps %zmm5,%zmm2,%zmm2
0.13 :   38b1:   vfmadd231ps %zmm10,%zmm0,%zmm2
0.13 :   38b7:   vbroadcastss 0x27c3(%rip),%zmm0        # 6084 <_pocl_kernel_clact_bwd_workgroup_fas
0.00 :   38c1:   vsubps %zmm6,%zmm0,%zmm10
0.00 :   38c7:   vsubps %zmm10,%zmm0,%zmm0
0.00 :   38cd:   vsubps %zmm6,%zmm0,%zmm0
0.00 :   38d3:   vaddps 0x27a3(%rip){1to16},%zmm2,%zmm2        # 6080 <_pocl_kernel_clact_bwd_workgr
0.00 :   38dd:   vfmadd231ps %zmm9,%zmm5,%zmm2
3.79 :   38e3:   vaddps 0x279b(%rip){1to16},%zmm0,%zmm0        # 6088 <_pocl_kernel_clact_bwd_workgr
0.00 :   38ed:   vfmadd231ps %zmm1,%zmm5,%zmm2
0.63 :   38f3:   vaddps %zmm2,%zmm5,%zmm1
0.25 :   38f9:   vmulps %zmm1,%zmm0,%zmm0
4.04 :   38ff:   vfmadd231ps %zmm2,%zmm10,%zmm0
3.16 :   3905:   vpmaxsd 0x277d(%rip){1to16},%zmm8,%zmm1        # 608c <_pocl_kernel_clact_bwd_workg
0.00 :   390f:   vfmadd231ps %zmm5,%zmm10,%zmm0
7.45 :   3915:   vpslld $0x17,%zmm1,%zmm2
0.38 :   391c:   vmulps %zmm2,%zmm0,%zmm0
8.71 :   3922:   vcmpltps %zmm31,%zmm7,%k2
0.00 :   3929:   vbroadcastss 0x275d(%rip),%zmm2        # 6090 <_pocl_kernel_clact_bwd_workgroup_fas
0.00 :   3933:   vsubps %zmm0,%zmm2,%zmm0{%k2}
3.66 :   3939:   vcmpltps %zmm7,%zmm31,%k3
0.00 :   3940:   vbroadcastss 0x274a(%rip),%zmm2{%k3}        # 6094 <_pocl_kernel_clact_bwd_workgrou
0.00 :   394a:   vpbroadcastd 0x2744(%rip),%zmm5{%k3}{z}        # 6098 <_pocl_kernel_clact_bwd_workg
0.00 :   3954:   mov    0x50(%rsp),%rax
0.00 :   3959:   prefetcht0 0x800(%rax,%rdi,1)
0.25 :   3961:   vpsubd %zmm1,%zmm8,%zmm1
0.13 :   3967:   knotw  %k2,%k2
0.00 :   396b:   vmovaps %zmm2,%zmm0{%k1}
6.57 :   3971:   vmulps (%rax,%rdi,1),%zmm0,%zmm0
13.89 :   3978:   vmovdqa32 %zmm1,%zmm1{%k2}{z}
0.00 :   397e:   vmovdqa32 %zmm5,%zmm1{%k1}
0.00 :   3984:   vmulps %zmm0,%zmm11,%zmm0
8.33 :   398a:   vpmaxsd 0x2708(%rip){1to16},%zmm1,%zmm2        # 609c <_pocl_kernel_clact_bwd_workg
0.00 :   3994:   vpslld $0x17,%zmm2,%zmm5
0.00 :   399b:   vpbroadcastd 0x26eb(%rip),%zmm6        # 6090 <_pocl_kernel_clact_bwd_workgroup_fas
0.00 :   39a5:   vpaddd %zmm6,%zmm5,%zmm5
0.00 :   39ab:   vmulps %zmm5,%zmm0,%zmm0
6.82 :   39b1:   vpsubd %zmm2,%zmm1,%zmm1
0.00 :   39b7:   vpslld $0x17,%zmm1,%zmm1
0.00 :   39be:   vpaddd %zmm6,%zmm1,%zmm1
0.00 :   39c4:   vmulps %zmm1,%zmm0,%zmm0
8.21 :   39ca:   mov    0x48(%rsp),%rax
3.54 :   39cf:   vmovaps %zmm0,(%rax,%rdi,1)
0.51 :   39d6:   add    $0x40,%rdi
0.00 :   39da:   inc    %rdx
0.00 :   39dd:   jne    3760 <_pocl_kernel_clact_bwd_workgroup+0xd50>
