    3ab0:	prefetcht0 0x800(%rax,%rsi,1)
    3ab8:	vmovdqa64 (%rax,%rsi,1),%zmm29
    3abf:	vpandq 0x35cf(%rip){1to8},%zmm29,%zmm2        # 7098 <_pocl_kernel_clact_fwd_workgroup_fast+0x22d8>
    3ac9:	vpord  0x3541(%rip){1to16},%zmm2,%zmm0        # 7014 <_pocl_kernel_clact_fwd_workgroup_fast+0x2254>
    3ad3:	vcmpgtps 0x35aa(%rip){1to16},%zmm2,%k1        # 7088 <_pocl_kernel_clact_fwd_workgroup_fast+0x22c8>
    3ade:	vbroadcastss 0x3530(%rip),%zmm0{%k1}        # 7018 <_pocl_kernel_clact_fwd_workgroup_fast+0x2258>
    3ae8:	vbroadcastss 0x352e(%rip),%zmm25        # 7020 <_pocl_kernel_clact_fwd_workgroup_fast+0x2260>
    3af2:	vfmadd132ps 0x3554(%rip){1to16},%zmm25,%zmm0        # 7050 <_pocl_kernel_clact_fwd_workgroup_fast+0x2290>
    3afc:	vsubps %zmm0,%zmm25,%zmm25
    3b02:	vmulps 0x3548(%rip){1to16},%zmm25,%zmm28        # 7054 <_pocl_kernel_clact_fwd_workgroup_fast+0x2294>
    3b0c:	vbroadcastss 0x355e(%rip),%zmm31        # 7074 <_pocl_kernel_clact_fwd_workgroup_fast+0x22b4>
    3b16:	vfmadd231ps %zmm2,%zmm31,%zmm28
    3b1c:	vfmadd231ps 0x3532(%rip){1to16},%zmm25,%zmm28        # 7058 <_pocl_kernel_clact_fwd_workgroup_fast+0x2298>
    3b26:	vmulps %zmm28,%zmm28,%zmm2
    3b2c:	vbroadcastss 0x3526(%rip),%zmm25        # 705c <_pocl_kernel_clact_fwd_workgroup_fast+0x229c>
    3b36:	vfmadd213ps 0x3520(%rip){1to16},%zmm28,%zmm25        # 7060 <_pocl_kernel_clact_fwd_workgroup_fast+0x22a0>
    3b40:	vfmadd213ps 0x351a(%rip){1to16},%zmm28,%zmm25        # 7064 <_pocl_kernel_clact_fwd_workgroup_fast+0x22a4>
    3b4a:	vfmadd213ps 0x3514(%rip){1to16},%zmm28,%zmm25        # 7068 <_pocl_kernel_clact_fwd_workgroup_fast+0x22a8>
    3b54:	vfmadd213ps 0x350e(%rip){1to16},%zmm28,%zmm25        # 706c <_pocl_kernel_clact_fwd_workgroup_fast+0x22ac>
    3b5e:	vfmadd213ps 0x3508(%rip){1to16},%zmm28,%zmm25        # 7070 <_pocl_kernel_clact_fwd_workgroup_fast+0x22b0>
    3b68:	vfmadd213ps %zmm28,%zmm2,%zmm25
    3b6e:	vmovaps %zmm31,%zmm25{%k1}
    3b74:	vpmaxsd 0x350e(%rip){1to16},%zmm0,%zmm2        # 708c <_pocl_kernel_clact_fwd_workgroup_fast+0x22cc>
    3b7e:	vpslld $0x17,%zmm2,%zmm28
    3b85:	vmovdqa64 %zmm28,%zmm31
    3b8b:	vfmadd213ps %zmm28,%zmm25,%zmm31
    3b91:	vaddps 0x34dd(%rip){1to16},%zmm31,%zmm27        # 7078 <_pocl_kernel_clact_fwd_workgroup_fast+0x22b8>
    3b9b:	vbroadcastss 0x3483(%rip),%zmm30        # 7028 <_pocl_kernel_clact_fwd_workgroup_fast+0x2268>
    3ba5:	vfmadd213ps 0x347d(%rip){1to16},%zmm27,%zmm30        # 702c <_pocl_kernel_clact_fwd_workgroup_fast+0x226c>
    3baf:	vfmadd213ps 0x3477(%rip){1to16},%zmm27,%zmm30        # 7030 <_pocl_kernel_clact_fwd_workgroup_fast+0x2270>
    3bb9:	vfmadd213ps 0x3471(%rip){1to16},%zmm27,%zmm30        # 7034 <_pocl_kernel_clact_fwd_workgroup_fast+0x2274>
    3bc3:	vfmadd213ps 0x346b(%rip){1to16},%zmm27,%zmm30        # 7038 <_pocl_kernel_clact_fwd_workgroup_fast+0x2278>
    3bcd:	vfmadd213ps 0x3465(%rip){1to16},%zmm27,%zmm30        # 703c <_pocl_kernel_clact_fwd_workgroup_fast+0x227c>
    3bd7:	vfmadd213ps 0x345f(%rip){1to16},%zmm27,%zmm30        # 7040 <_pocl_kernel_clact_fwd_workgroup_fast+0x2280>
    3be1:	vfmadd213ps 0x3459(%rip){1to16},%zmm27,%zmm30        # 7044 <_pocl_kernel_clact_fwd_workgroup_fast+0x2284>
    3beb:	vfmadd213ps 0x3453(%rip){1to16},%zmm27,%zmm30        # 7048 <_pocl_kernel_clact_fwd_workgroup_fast+0x2288>
    3bf5:	vfmadd213ps 0x344d(%rip){1to16},%zmm27,%zmm30        # 704c <_pocl_kernel_clact_fwd_workgroup_fast+0x228c>
    3bff:	vbroadcastss 0x3407(%rip),%zmm27        # 7010 <_pocl_kernel_clact_fwd_workgroup_fast+0x2250>
    3c09:	vaddps %zmm27,%zmm25,%zmm1
    3c0f:	vsubps %zmm1,%zmm27,%zmm27
    3c15:	vaddps %zmm27,%zmm25,%zmm27
    3c1b:	vfmadd213ps %zmm31,%zmm25,%zmm31
    3c21:	vfmadd231ps %zmm26,%zmm1,%zmm27
    3c27:	vfmadd231ps %zmm31,%zmm30,%zmm27
    3c2d:	vcmpnltps %zmm29,%zmm26,%k1
    3c34:	vmaxps %zmm26,%zmm29,%zmm25
    3c3a:	vfmadd231ps %zmm27,%zmm28,%zmm25
    3c40:	vpsubd %zmm2,%zmm0,%zmm0
    3c46:	vpslld $0x17,%zmm0,%zmm0{%k1}{z}
    3c4d:	vpaddd 0x33b9(%rip){1to16},%zmm0,%zmm2        # 7010 <_pocl_kernel_clact_fwd_workgroup_fast+0x2250>
    3c57:	vpminsd 0x341f(%rip){1to16},%zmm0,%zmm0        # 7080 <_pocl_kernel_clact_fwd_workgroup_fast+0x22c0>
    3c61:	vfmadd231ps %zmm28,%zmm1,%zmm25
    3c67:	vpmaxsd 0x3393(%rip){1to16},%zmm2,%zmm1        # 7004 <_pocl_kernel_clact_fwd_workgroup_fast+0x2244>
    3c71:	vpaddd 0x3409(%rip){1to16},%zmm0,%zmm0        # 7084 <_pocl_kernel_clact_fwd_workgroup_fast+0x22c4>
    3c7b:	vmulps %zmm25,%zmm11,%zmm2
    3c81:	vmulps %zmm1,%zmm2,%zmm1
    3c87:	vmulps %zmm0,%zmm1,%zmm0
    3c8d:	mov    0x48(%rsp),%rdi
    3c92:	vmovaps %zmm0,(%rdi,%rsi,1)
    3c99:	add    $0x40,%rsi
    3c9d:	inc    %rdx
    3ca0:	jne    3ab0 <_pocl_kernel_clact_fwd_workgroup+0xc50>
