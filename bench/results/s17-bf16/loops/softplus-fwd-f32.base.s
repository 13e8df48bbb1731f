    3070:	prefetcht0 0x800(%rax,%rsi,1)
    3078:	vmovapd (%rax,%rsi,1),%zmm27
    307f:	vandpd 0x2007(%rip){1to8},%zmm27,%zmm0        # 5090 <_pocl_kernel_clact_fwd_workgroup_fast+0x1650>
    3089:	vmulps %zmm0,%zmm1,%zmm26
    308f:	vcmpltps %zmm2,%zmm26,%k1
    3096:	vmaxps %zmm26,%zmm2,%zmm26
    309c:	vfmadd132ps 0x1faa(%rip){1to16},%zmm3,%zmm26        # 5050 <_pocl_kernel_clact_fwd_workgroup_fast+0x1610>
    30a6:	vsubps %zmm26,%zmm3,%zmm29
    30ac:	vmulps 0x1f9e(%rip){1to16},%zmm29,%zmm30        # 5054 <_pocl_kernel_clact_fwd_workgroup_fast+0x1614>
    30b6:	vfmadd231ps %zmm0,%zmm1,%zmm30
    30bc:	vfmadd231ps 0x1f92(%rip){1to16},%zmm29,%zmm30        # 5058 <_pocl_kernel_clact_fwd_workgroup_fast+0x1618>
    30c6:	vbroadcastss 0x1f8c(%rip),%zmm0        # 505c <_pocl_kernel_clact_fwd_workgroup_fast+0x161c>
    30d0:	vfmadd213ps 0x1f86(%rip){1to16},%zmm30,%zmm0        # 5060 <_pocl_kernel_clact_fwd_workgroup_fast+0x1620>
    30da:	vfmadd213ps 0x1f80(%rip){1to16},%zmm30,%zmm0        # 5064 <_pocl_kernel_clact_fwd_workgroup_fast+0x1624>
    30e4:	vfmadd213ps 0x1f7a(%rip){1to16},%zmm30,%zmm0        # 5068 <_pocl_kernel_clact_fwd_workgroup_fast+0x1628>
    30ee:	vfmadd213ps 0x1f74(%rip){1to16},%zmm30,%zmm0        # 506c <_pocl_kernel_clact_fwd_workgroup_fast+0x162c>
    30f8:	vfmadd213ps 0x1f6e(%rip){1to16},%zmm30,%zmm0        # 5070 <_pocl_kernel_clact_fwd_workgroup_fast+0x1630>
    3102:	vmulps %zmm30,%zmm30,%zmm29
    3108:	vfmadd213ps %zmm30,%zmm29,%zmm0
    310e:	vbroadcastss 0x1f5c(%rip),%zmm0{%k1}        # 5074 <_pocl_kernel_clact_fwd_workgroup_fast+0x1634>
    3118:	vpmaxsd %zmm26,%zmm4,%zmm29
    311e:	vpslld $0x17,%zmm29,%zmm30
    3125:	vmovdqa64 %zmm30,%zmm31
    312b:	vfmadd213ps %zmm30,%zmm0,%zmm31
    3131:	vbroadcastss 0x1f3d(%rip),%zmm23        # 5078 <_pocl_kernel_clact_fwd_workgroup_fast+0x1638>
    313b:	vfmadd231ps %zmm5,%zmm31,%zmm23
    3141:	vmovaps %zmm23,%zmm25
    3147:	vfmadd213ps %zmm12,%zmm11,%zmm25
    314d:	vfmadd213ps %zmm13,%zmm23,%zmm25
    3153:	vfmadd213ps %zmm14,%zmm23,%zmm25
    3159:	vfmadd213ps %zmm15,%zmm23,%zmm25
    315f:	vfmadd213ps %zmm16,%zmm23,%zmm25
    3165:	vfmadd213ps %zmm17,%zmm23,%zmm25
    316b:	vfmadd213ps %zmm18,%zmm23,%zmm25
    3171:	vfmadd213ps %zmm19,%zmm23,%zmm25
    3177:	vfmadd213ps %zmm20,%zmm23,%zmm25
    317d:	vmovaps %zmm6,%zmm23
    3183:	vfmadd213ps %zmm6,%zmm0,%zmm23
    3189:	vsubps %zmm23,%zmm6,%zmm28
    318f:	vfmadd231ps %zmm6,%zmm0,%zmm28
    3195:	vfmadd213ps %zmm31,%zmm0,%zmm31
    319b:	vfmadd231ps %zmm21,%zmm23,%zmm28
    31a1:	vfmadd231ps %zmm31,%zmm25,%zmm28
    31a7:	vcmpltps %zmm27,%zmm24,%k1
    31ae:	vmulps %zmm27,%zmm7,%zmm0{%k1}{z}
    31b4:	vfmadd231ps %zmm28,%zmm30,%zmm0
    31ba:	vpsubd %zmm29,%zmm26,%zmm25
    31c0:	vpaddd %zmm25,%zmm8,%zmm25
    31c6:	vmovdqa32 %zmm8,%zmm25{%k1}
    31cc:	vpslld $0x17,%zmm25,%zmm25
    31d3:	vpaddd 0x1e33(%rip){1to16},%zmm25,%zmm26        # 5010 <_pocl_kernel_clact_fwd_workgroup_fast+0x15d0>
    31dd:	vpminsd 0x1e99(%rip){1to16},%zmm25,%zmm25        # 5080 <_pocl_kernel_clact_fwd_workgroup_fast+0x1640>
    31e7:	vfmadd231ps %zmm23,%zmm30,%zmm0
    31ed:	vpmaxsd 0x1e0d(%rip){1to16},%zmm26,%zmm23        # 5004 <_pocl_kernel_clact_fwd_workgroup_fast+0x15c4>
    31f7:	vpaddd 0x1e83(%rip){1to16},%zmm25,%zmm25        # 5084 <_pocl_kernel_clact_fwd_workgroup_fast+0x1644>
    3201:	vmulps %zmm0,%zmm9,%zmm0
    3207:	vmulps %zmm23,%zmm0,%zmm0
    320d:	vmulps %zmm25,%zmm0,%zmm0
    3213:	mov    0x20(%rsp),%rdi
    3218:	vmovaps %zmm0,(%rdi,%rsi,1)
    321f:	add    $0x40,%rsi
    3223:	inc    %rdx
    3226:	jne    3070 <_pocl_kernel_clact_fwd_workgroup+0xb70>
