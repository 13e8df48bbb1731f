    8730:	vmovaps %zmm0,(%rdi,%rdx,1)
    8737:	add    $0x40,%rdi
    873b:	add    $0x40,%rcx
    873f:	add    $0x40,%rax
    8743:	add    $0x40,%rsi
    8747:	add    $0x40,%rbx
    874b:	dec    %r10
    874e:	je     86b0 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x3740>
    8754:	prefetcht0 (%rbx,%rdx,1)
    8758:	prefetcht0 (%rsi,%rdx,1)
    875c:	vmovaps (%rax,%rdx,1),%zmm0
    8763:	vandps 0x300(%rsp),%zmm0,%zmm1
    876b:	vcmpngtps 0x380(%rsp),%zmm1,%k1
    8774:	vmovaps %zmm1,%zmm4{%k1}{z}
    877a:	vmulps %zmm4,%zmm4,%zmm2
    8780:	vmovaps 0x240(%rsp),%zmm3
    8788:	vaddps %zmm3,%zmm4,%zmm5
    878e:	vmovaps 0x5c0(%rsp),%zmm7
    8796:	vaddps %zmm7,%zmm5,%zmm1
    879c:	vsubps %zmm1,%zmm4,%zmm6
    87a2:	vdivps %zmm5,%zmm3,%zmm1
    87a8:	vfmadd213ps %zmm7,%zmm1,%zmm5
    87ae:	vaddps 0x780(%rsp),%zmm1,%zmm3
    87b6:	vfmadd231ps %zmm6,%zmm1,%zmm5
    87bc:	vmulps %zmm1,%zmm4,%zmm6
    87c2:	vfmsub213ps %zmm6,%zmm4,%zmm1
    87c8:	vfnmadd213ps %zmm2,%zmm4,%zmm4
    87ce:	vmovaps 0x400(%rsp),%zmm8
    87d6:	vmovaps %zmm8,%zmm7
    87dc:	vfmadd231ps 0x480(%rsp),%zmm2,%zmm7
    87e4:	vsubps %zmm7,%zmm8,%zmm8
    87ea:	vmulps 0x340(%rsp),%zmm8,%zmm9
    87f2:	vfmadd231ps 0x6c0(%rsp),%zmm2,%zmm9
    87fa:	vfmadd231ps 0x440(%rsp),%zmm8,%zmm4
    8802:	vmovaps 0x880(%rsp),%zmm2
    880a:	vfmadd213ps 0x580(%rsp),%zmm3,%zmm2
    8812:	vfmadd213ps 0x680(%rsp),%zmm3,%zmm2
    881a:	vfmadd213ps %zmm4,%zmm5,%zmm2
    8820:	vmovaps 0x500(%rsp),%zmm4
    8828:	vfmadd213ps 0xa40(%rsp),%zmm3,%zmm4
    8830:	vfmadd213ps 0xa00(%rsp),%zmm3,%zmm4
    8838:	vfmadd213ps 0x640(%rsp),%zmm3,%zmm4
    8840:	vfmadd213ps 0x600(%rsp),%zmm3,%zmm4
    8848:	vfmadd213ps 0x940(%rsp),%zmm3,%zmm4
    8850:	vfmadd213ps 0x4c0(%rsp),%zmm3,%zmm4
    8858:	vfmadd213ps 0x900(%rsp),%zmm3,%zmm4
    8860:	vfmadd213ps 0x481a(%rip){1to16},%zmm3,%zmm4        # d084 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43b4>
    886a:	vbroadcastss 0x4814(%rip),%zmm5        # d088 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43b8>
    8874:	vmovaps 0x840(%rsp),%zmm12
    887c:	vfmadd213ps %zmm9,%zmm12,%zmm2
    8882:	vmovaps %zmm3,%zmm8
    8888:	vfmadd213ps %zmm5,%zmm4,%zmm8
    888e:	vsubps %zmm8,%zmm5,%zmm5
    8894:	vfmadd231ps %zmm4,%zmm3,%zmm5
    889a:	vbroadcastss 0x47e8(%rip),%zmm4        # d08c <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43bc>
    88a4:	vmovaps %zmm3,%zmm9
    88aa:	vfmadd213ps %zmm4,%zmm8,%zmm9
    88b0:	vsubps %zmm9,%zmm4,%zmm4
    88b6:	vfmadd231ps %zmm8,%zmm3,%zmm4
    88bc:	vaddps 0x47ca(%rip){1to16},%zmm4,%zmm4        # d090 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43c0>
    88c6:	vfmadd231ps %zmm5,%zmm3,%zmm4
    88cc:	vmulps %zmm2,%zmm2,%zmm3
    88d2:	vmovaps 0x800(%rsp),%zmm5
    88da:	vfmadd213ps 0x9c0(%rsp),%zmm2,%zmm5
    88e2:	vfmadd213ps 0x980(%rsp),%zmm2,%zmm5
    88ea:	vfmadd213ps 0x740(%rsp),%zmm2,%zmm5
    88f2:	vfmadd213ps %zmm12,%zmm2,%zmm5
    88f8:	vmulps %zmm5,%zmm3,%zmm3
    88fe:	vfmadd231ps %zmm3,%zmm9,%zmm4
    8904:	vfmadd231ps %zmm2,%zmm9,%zmm4
    890a:	vmulps %zmm9,%zmm1,%zmm1
    8910:	vfmadd231ps %zmm4,%zmm6,%zmm1
    8916:	vpmaxsd 0x4774(%rip){1to16},%zmm7,%zmm2        # d094 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43c4>
    8920:	vfmadd231ps %zmm9,%zmm6,%zmm1
    8926:	vpslld $0x17,%zmm2,%zmm3
    892d:	vpmovd2m %zmm0,%k1
    8933:	vbroadcastss 0x475b(%rip),%zmm0{%k1}        # d098 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43c8>
    893d:	vfmadd231ps %zmm3,%zmm1,%zmm0
    8943:	vpsubd %zmm2,%zmm7,%zmm1
    8949:	vpmaxsd 0x4749(%rip){1to16},%zmm1,%zmm1        # d09c <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43cc>
    8953:	vpslld $0x17,%zmm1,%zmm1
    895a:	vpbroadcastd 0x473c(%rip),%zmm2        # d0a0 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43d0>
    8964:	vpaddd %zmm2,%zmm1,%zmm2{%k1}
    896a:	vmulps (%rcx,%rdx,1),%zmm0,%zmm0
    8971:	vmulps %zmm0,%zmm10,%zmm0
    8977:	vmulps %zmm2,%zmm0,%zmm0
    897d:	vucomiss 0x471f(%rip),%xmm11        # d0a4 <_pocl_kernel_clact_gated_fwd_nd_workgroup_fast+0x43d4>
    8985:	jne    898d <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x3a1d>
    8987:	jnp    8730 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x37c0>
