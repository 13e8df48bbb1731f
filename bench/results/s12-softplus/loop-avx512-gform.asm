    19c0: mov    0x60(%rsp),%rcx
    19c5: prefetcht0 0x800(%rcx,%rdx,1)
    19cd: vmovaps (%rcx,%rdx,1),%zmm5
    19d4: vandps %zmm13,%zmm5,%zmm25
    19da: vmulps %zmm25,%zmm0,%zmm26
    19e0: vcmpltps %zmm1,%zmm26,%k1
    19e7: vmaxps %zmm26,%zmm1,%zmm26
    19ed: vfmadd132ps %zmm14,%zmm4,%zmm26
    19f3: vsubps %zmm26,%zmm4,%zmm28
    19f9: vmulps %zmm15,%zmm28,%zmm29
    19ff: vfmadd231ps %zmm25,%zmm0,%zmm29
    1a05: vfmadd231ps %zmm16,%zmm28,%zmm29
    1a0b: vaddps %zmm29,%zmm11,%zmm25
    1a11: vmulps %zmm25,%zmm25,%zmm28
    1a17: vmovaps %zmm17,%zmm29
    1a1d: vfmadd213ps %zmm18,%zmm25,%zmm29
    1a23: vfmadd213ps %zmm19,%zmm25,%zmm29
    1a29: vfmadd213ps %zmm20,%zmm25,%zmm29
    1a2f: vfmadd213ps %zmm21,%zmm25,%zmm29
    1a35: vfmadd213ps 0x3609(%rip){1to16},%zmm25,%zmm29        # 5048 <_pocl_kernel_clact_fwd_workgroup_fast+0x1978>
    1a3f: vfmadd213ps %zmm25,%zmm28,%zmm29
    1a45: vbroadcastss 0x35fd(%rip),%zmm29{%k1}        # 504c <_pocl_kernel_clact_fwd_workgroup_fast+0x197c>
    1a4f: vpmaxsd %zmm26,%zmm27,%zmm25
    1a55: vpslld $0x17,%zmm25,%zmm28
    1a5c: vmovdqa64 %zmm28,%zmm30
    1a62: vfmadd213ps %zmm28,%zmm29,%zmm30
    1a68: vmulps %zmm30,%zmm6,%zmm30
    1a6e: vaddps 0x35d8(%rip){1to16},%zmm30,%zmm31        # 5050 <_pocl_kernel_clact_fwd_workgroup_fast+0x1980>
    1a78: vbroadcastss 0x35d2(%rip),%zmm24        # 5054 <_pocl_kernel_clact_fwd_workgroup_fast+0x1984>
    1a82: vfmadd213ps 0x35cc(%rip){1to16},%zmm31,%zmm24        # 5058 <_pocl_kernel_clact_fwd_workgroup_fast+0x1988>
    1a8c: vfmadd213ps 0x35c6(%rip){1to16},%zmm31,%zmm24        # 505c <_pocl_kernel_clact_fwd_workgroup_fast+0x198c>
    1a96: vfmadd213ps 0x35c0(%rip){1to16},%zmm31,%zmm24        # 5060 <_pocl_kernel_clact_fwd_workgroup_fast+0x1990>
    1aa0: vfmadd213ps 0x35ba(%rip){1to16},%zmm31,%zmm24        # 5064 <_pocl_kernel_clact_fwd_workgroup_fast+0x1994>
    1aaa: vfmadd213ps 0x35b4(%rip){1to16},%zmm31,%zmm24        # 5068 <_pocl_kernel_clact_fwd_workgroup_fast+0x1998>
    1ab4: vfmadd213ps 0x35ae(%rip){1to16},%zmm31,%zmm24        # 506c <_pocl_kernel_clact_fwd_workgroup_fast+0x199c>
    1abe: vfmadd213ps 0x35a8(%rip){1to16},%zmm31,%zmm24        # 5070 <_pocl_kernel_clact_fwd_workgroup_fast+0x19a0>
    1ac8: vmulps %zmm28,%zmm7,%zmm28
    1ace: vfmadd213ps 0x359c(%rip){1to16},%zmm31,%zmm24        # 5074 <_pocl_kernel_clact_fwd_workgroup_fast+0x19a4>
    1ad8: vfmadd213ps 0x3596(%rip){1to16},%zmm31,%zmm24        # 5078 <_pocl_kernel_clact_fwd_workgroup_fast+0x19a8>
    1ae2: vfmadd213ps %zmm30,%zmm29,%zmm30
    1ae8: vfmadd213ps %zmm29,%zmm24,%zmm30
    1aee: vcmpltps %zmm5,%zmm23,%k1
    1af5: vmulps %zmm5,%zmm8,%zmm5{%k1}{z}
    1afb: vfmadd231ps %zmm30,%zmm28,%zmm5
    1b01: vaddps %zmm5,%zmm28,%zmm5
    1b07: vpsubd %zmm25,%zmm26,%zmm24
    1b0d: vpaddd %zmm24,%zmm9,%zmm24
    1b13: vmovdqa32 %zmm9,%zmm24{%k1}
    1b19: vmulps %zmm5,%zmm2,%zmm5
    1b1f: vpslld $0x17,%zmm24,%zmm24
    1b26: vpaddd 0x34e0(%rip){1to16},%zmm24,%zmm25        # 5010 <_pocl_kernel_clact_fwd_workgroup_fast+0x1940>
    1b30: vpminsd 0x3546(%rip){1to16},%zmm24,%zmm24        # 5080 <_pocl_kernel_clact_fwd_workgroup_fast+0x19b0>
    1b3a: vpmaxsd 0x34c0(%rip){1to16},%zmm25,%zmm25        # 5004 <_pocl_kernel_clact_fwd_workgroup_fast+0x1934>
    1b44: vpaddd 0x3536(%rip){1to16},%zmm24,%zmm24        # 5084 <_pocl_kernel_clact_fwd_workgroup_fast+0x19b4>
    1b4e: vmulps %zmm25,%zmm5,%zmm5
    1b54: vmulps %zmm24,%zmm5,%zmm5
    1b5a: mov    0x50(%rsp),%rcx
    1b5f: vmovaps %zmm5,(%rcx,%rdx,1)
    1b66: add    $0x40,%rdx
    1b6a: inc    %rax
    1b6d: jne    19c0 <_pocl_kernel_clact_fwd+0x9c0>
