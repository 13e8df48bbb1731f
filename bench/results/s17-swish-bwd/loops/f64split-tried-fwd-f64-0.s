# block 7160-7197: 10 instructions
  0.98 7160:	mov    0x38(%rsp),%rax
  0.98 7165:	prefetcht0 0x800(%rax,%rdx,1)
 71.93 716d:	vmovapd (%rax,%rdx,1),%zmm1
  1.96 7174:	vmulpd 0x6f3a(%rip){1to8},%zmm1,%zmm1        # e0b8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a18>
  6.20 717e:	vmulpd %zmm1,%zmm3,%zmm1
  1.85 7184:	mov    0x28(%rsp),%rax
  1.31 7189:	vmovapd %zmm1,(%rax,%rdx,1)
 13.28 7190:	add    $0x40,%rdx
  0.54 7194:	inc    %rcx
  0.00 7197:	jne    7160 <_pocl_kernel_clact_fwd_workgroup+0x1e40>
