2fc0: mov    0x30(%rsp),%rax
2fc5: prefetcht0 0x800(%rax,%rdx,1)
2fcd: vmovaps (%rax,%rdx,1),%zmm31
2fd4: vandps 0x200(%rsp),%zmm31,%zmm0
2fdc: vcmpngtps 0x1c0(%rsp),%zmm0,%k1
2fe5: vmovaps %zmm0,%zmm3{%k1}{z}
2feb: vmulps %zmm3,%zmm3,%zmm2
2ff1: vaddps %zmm10,%zmm3,%zmm1
2ff7: vaddps %zmm11,%zmm1,%zmm0
2ffd: vsubps %zmm0,%zmm3,%zmm4
3003: vdivps %zmm1,%zmm10,%zmm30
3009: vfmadd213ps %zmm11,%zmm30,%zmm1
300f: vaddps %zmm12,%zmm30,%zmm0
3015: vfmadd231ps %zmm4,%zmm30,%zmm1
301b: vmulps %zmm30,%zmm3,%zmm4
3021: vfmsub213ps %zmm4,%zmm3,%zmm30
3027: vfnmadd213ps %zmm2,%zmm3,%zmm3
302d: vmovaps %zmm5,%zmm6
3033: vfmadd231ps 0x180(%rsp),%zmm2,%zmm6
303b: vsubps %zmm6,%zmm5,%zmm7
3041: vmulps 0x140(%rsp),%zmm7,%zmm8
3049: vfmadd231ps 0x100(%rsp),%zmm2,%zmm8
3051: vfmadd231ps %zmm13,%zmm7,%zmm3
3057: vmovaps %zmm14,%zmm2
305d: vfmadd213ps %zmm15,%zmm0,%zmm2
3063: vfmadd213ps %zmm16,%zmm0,%zmm2
3069: vfmadd213ps %zmm3,%zmm1,%zmm2
306f: vfmadd213ps %zmm8,%zmm17,%zmm2
3075: vmovaps %zmm22,%zmm1
307b: vfmadd213ps %zmm23,%zmm0,%zmm1
3081: vfmadd213ps %zmm24,%zmm0,%zmm1
3087: vfmadd213ps %zmm25,%zmm0,%zmm1
308d: vfmadd213ps %zmm26,%zmm0,%zmm1
3093: vfmadd213ps %zmm27,%zmm0,%zmm1
3099: vfmadd213ps %zmm28,%zmm0,%zmm1
309f: vfmadd213ps %zmm29,%zmm0,%zmm1
30a5: vfmadd213ps 0x1fc5(%rip){1to16},%zmm0,%zmm1        # 5074 <_pocl_kernel_clact_fwd_workgroup_fast+0x15d4>
30af: vbroadcastss 0x1fbf(%rip),%zmm3        # 5078 <_pocl_kernel_clact_fwd_workgroup_fast+0x15d8>
30b9: vmovaps %zmm0,%zmm7
30bf: vfmadd213ps %zmm3,%zmm1,%zmm7
30c5: vsubps %zmm7,%zmm3,%zmm3
30cb: vfmadd231ps %zmm1,%zmm0,%zmm3
30d1: vbroadcastss 0x1fa1(%rip),%zmm1        # 507c <_pocl_kernel_clact_fwd_workgroup_fast+0x15dc>
30db: vmovaps %zmm0,%zmm8
30e1: vfmadd213ps %zmm1,%zmm7,%zmm8
30e7: vsubps %zmm8,%zmm1,%zmm1
30ed: vfmadd231ps %zmm7,%zmm0,%zmm1
30f3: vaddps 0x1f83(%rip){1to16},%zmm1,%zmm1        # 5080 <_pocl_kernel_clact_fwd_workgroup_fast+0x15e0>
30fd: vfmadd231ps %zmm3,%zmm0,%zmm1
3103: vmulps %zmm2,%zmm2,%zmm0
3109: vmovaps %zmm18,%zmm3
310f: vfmadd213ps %zmm19,%zmm2,%zmm3
3115: vfmadd213ps %zmm20,%zmm2,%zmm3
311b: vfmadd213ps %zmm21,%zmm2,%zmm3
3121: vfmadd213ps %zmm17,%zmm2,%zmm3
3127: vmulps %zmm3,%zmm0,%zmm0
312d: vfmadd231ps %zmm0,%zmm8,%zmm1
3133: vfmadd231ps %zmm2,%zmm8,%zmm1
3139: vmulps %zmm8,%zmm30,%zmm0
313f: vfmadd231ps %zmm1,%zmm4,%zmm0
3145: vfmadd231ps %zmm8,%zmm4,%zmm0
314b: vpmaxsd 0x1f2f(%rip){1to16},%zmm6,%zmm1        # 5084 <_pocl_kernel_clact_fwd_workgroup_fast+0x15e4>
3155: vpslld $0x17,%zmm1,%zmm2
315c: vpmovd2m %zmm31,%k1
3162: vbroadcastss 0x1f1c(%rip),%zmm31{%k1}        # 5088 <_pocl_kernel_clact_fwd_workgroup_fast+0x15e8>
316c: vfmadd231ps %zmm2,%zmm0,%zmm31
3172: vpsubd %zmm1,%zmm6,%zmm0
3178: vpmaxsd 0x1f0a(%rip){1to16},%zmm0,%zmm0        # 508c <_pocl_kernel_clact_fwd_workgroup_fast+0x15ec>
3182: vpslld $0x17,%zmm0,%zmm0
3189: vpbroadcastd 0x1efd(%rip),%zmm1        # 5090 <_pocl_kernel_clact_fwd_workgroup_fast+0x15f0>
3193: vpaddd %zmm1,%zmm0,%zmm1{%k1}
3199: vmulps 0x240(%rsp),%zmm31,%zmm0
31a1: vmulps %zmm1,%zmm0,%zmm0
31a7: mov    0x20(%rsp),%rax
31ac: vmovaps %zmm0,(%rax,%rdx,1)
31b3: add    $0x40,%rdx
31b7: inc    %rcx
31ba: jne    2fc0 <_pocl_kernel_clact_fwd_workgroup+0xa90>
