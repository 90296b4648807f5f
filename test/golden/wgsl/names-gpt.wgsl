// specs/names-gpt.model, batch 64: 183 shaders
// ==== train_step: 98 kernels
// ---- pos_norm (reduce, 16 workgroups, train_step.000.pos_norm.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:21, specs/names-gpt.model:20
// pos_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:21, specs/names-gpt.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v3: f32 = params[v2 * 32u + j];
      let v4: u32 = (r % 16u) * 32u + j;
      let v5: f32 = params[2048u + (v4 / 32u) * 32u + (v4 % 32u)];
      let v6: f32 = (v3 + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v10: f32 = params[v9 * 32u + j];
      let v11: u32 = (r % 16u) * 32u + j;
      let v12: f32 = params[2048u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: f32 = (v10 + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.03125f);
    let v18: f32 = (v17 + 0.0010000000474974513f);
    let v19: f32 = sqrt(v18);
    work[65536u + (r / 16u) * 16u + (r % 16u)] = v19;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v20: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v21: f32 = params[v20 * 32u + j];
      let v22: u32 = (r % 16u) * 32u + j;
      let v23: f32 = params[2048u + (v22 / 32u) * 32u + (v22 % 32u)];
      let v24: f32 = (v21 + v23);
      work[(r / 16u) * 512u + (r % 16u) * 32u + j] = v24;
      let v25: f32 = (acc0 * 0.03125f);
      let v26: f32 = (v24 - v25);
      work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[66560u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v27;
      let v28: f32 = params[2560u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[2592u + j];
      let v31: f32 = (v29 + v30);
      work[99328u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul (matmul, 32 workgroups, train_step.001.blocks0_h_multi_head_attention_matmul.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[99328u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[99328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[99328u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[99328u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[2624u + k * 32u + n0];
      let v9: f32 = params[2624u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[2624u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[2624u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[3648u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[132096u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[3648u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[132096u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[3648u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[132096u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[3648u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[132096u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[3648u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[132096u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[3648u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[132096u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[3648u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[132096u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[3648u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[132096u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[3648u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[132096u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[3648u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[132096u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[3648u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[132096u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[3648u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[132096u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[3648u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[132096u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[3648u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[132096u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[3648u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[132096u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[3648u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[132096u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_1 (matmul, 32 workgroups, train_step.002.blocks0_h_multi_head_attention_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[99328u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[99328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[99328u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[99328u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[3680u + k * 32u + n0];
      let v9: f32 = params[3680u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[3680u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[3680u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[4704u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[164864u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[4704u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[164864u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[4704u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[164864u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[4704u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[164864u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[4704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[164864u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[4704u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[164864u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[4704u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[164864u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[4704u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[164864u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[4704u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[164864u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[4704u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[164864u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[4704u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[164864u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[4704u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[164864u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[4704u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[164864u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[4704u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[164864u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[4704u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[164864u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[4704u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[164864u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_2 (matmul, 32 workgroups, train_step.003.blocks0_h_multi_head_attention_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[99328u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[99328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[99328u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[99328u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[4736u + k * 32u + n0];
      let v9: f32 = params[4736u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[4736u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[4736u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[5760u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[197632u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[5760u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[197632u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[5760u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[197632u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[5760u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[197632u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[5760u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[197632u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[5760u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[197632u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[5760u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[197632u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[5760u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[197632u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[5760u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[197632u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[5760u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[197632u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[5760u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[197632u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[5760u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[197632u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[5760u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[197632u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[5760u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[197632u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[5760u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[197632u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[5760u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[197632u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_3 (matmul, 32 workgroups, train_step.004.blocks0_h_multi_head_attention_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[132096u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[132096u + (v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[132096u + (v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[132096u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[164864u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[164864u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[164864u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[164864u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_le (elementwise, 4 workgroups, train_step.005.blocks0_h_multi_head_attention_le.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_le: elementwise kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 256u; i += stride) {
    let v0: i32 = i32((i % 16u));
    let v1: i32 = i32(((i / 16u) % 16u));
    let v2: f32 = select(0.0f, 1.0f, v0 <= v1);
    work[263168u + ((i / 16u) % 16u) * 16u + (i % 16u)] = v2;
  }
}
// ---- blocks0_h_multi_head_attention_softmax (reduce, 32 workgroups, train_step.006.blocks0_h_multi_head_attention_softmax.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[230400u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v6: f32 = (work[230400u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    work[296192u + (r / 16u) * 16u + (r % 16u)] = acc4;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v10: f32 = (work[230400u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      work[263424u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v13;
      let v14: f32 = (v13 / acc4);
      work[298240u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v14;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_4 (matmul, 32 workgroups, train_step.007.blocks0_h_multi_head_attention_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[298240u + v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[298240u + v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[298240u + v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[298240u + v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[197632u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[197632u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[197632u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[197632u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_5 (matmul, 32 workgroups, train_step.008.blocks0_h_multi_head_attention_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[230400u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[230400u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[230400u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[230400u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[5792u + k * 32u + n0];
      let v13: f32 = params[5792u + k * 32u + min(n0 + 1u, 31u)];
      let v14: f32 = params[5792u + k * 32u + min(n0 + 2u, 31u)];
      let v15: f32 = params[5792u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[331008u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[331008u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[331008u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[331008u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[331008u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[331008u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[331008u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[331008u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[331008u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[331008u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[331008u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[331008u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[331008u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[331008u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[331008u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[331008u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_norm (reduce, 16 workgroups, train_step.009.blocks0_h_norm.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks0_h_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[6816u + v3];
      let v5: f32 = (work[331008u + (v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[6816u + v10];
      let v12: f32 = (work[331008u + (v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.03125f);
    let v18: f32 = (v17 + 0.0010000000474974513f);
    let v19: f32 = sqrt(v18);
    work[429312u + (r / 16u) * 16u + (r % 16u)] = v19;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v20: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v21: u32 = (v20 % 32u);
      let v22: f32 = params[6816u + v21];
      let v23: f32 = (work[331008u + (v20 / 32u) * 32u + (v20 % 32u)] + v22);
      let v24: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v23);
      work[363776u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v24;
      let v25: f32 = (acc0 * 0.03125f);
      let v26: f32 = (v24 - v25);
      work[396544u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[430336u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v27;
      let v28: f32 = params[6848u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[6880u + j];
      let v31: f32 = (v29 + v30);
      work[463104u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks0_f_matmul (matmul, 128 workgroups, train_step.010.blocks0_f_matmul.wgsl) from specs/names-gpt.model:16
// blocks0_f_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[463104u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[463104u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[463104u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[463104u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[6912u + k * 128u + n0];
      let v9: f32 = params[6912u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[6912u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[6912u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[495872u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[495872u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[495872u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[495872u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[495872u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[495872u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[495872u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[495872u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[495872u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[495872u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[495872u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[495872u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[495872u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[495872u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[495872u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[495872u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_mul (elementwise, 2048 workgroups, train_step.011.blocks0_f_mul.wgsl) from specs/names-gpt.model:16
// blocks0_f_mul: elementwise kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[11008u + v1];
    let v3: f32 = (work[495872u + (v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    work[626944u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v4;
    let v5: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v6: u32 = (v5 % 128u);
    let v7: f32 = params[11008u + v6];
    let v8: f32 = (work[495872u + (v5 / 128u) * 128u + (v5 % 128u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    work[758016u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v9;
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    work[889088u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v11;
    let v12: f32 = (v4 * v11);
    work[1020160u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v12;
  }
}
// ---- blocks0_output_dense_matmul (matmul, 32 workgroups, train_step.012.blocks0_output_dense_matmul.wgsl) from specs/names-gpt.model:17
// blocks0_output_dense_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[1020160u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[1020160u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[1020160u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[1020160u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[11136u + k * 32u + n0];
      let v9: f32 = params[11136u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[11136u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[11136u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_norm (reduce, 16 workgroups, train_step.013.blocks0_output_norm.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:17
// blocks0_output_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[15232u + v3];
      let v5: f32 = (work[(v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[363776u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[15232u + v10];
      let v12: f32 = (work[(v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[363776u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.03125f);
    let v18: f32 = (v17 + 0.0010000000474974513f);
    let v19: f32 = sqrt(v18);
    work[528640u + (r / 16u) * 16u + (r % 16u)] = v19;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v20: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v21: u32 = (v20 % 32u);
      let v22: f32 = params[15232u + v21];
      let v23: f32 = (work[(v20 / 32u) * 32u + (v20 % 32u)] + v22);
      let v24: f32 = (work[363776u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v23);
      work[331008u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v24;
      let v25: f32 = (acc0 * 0.03125f);
      let v26: f32 = (v24 - v25);
      work[495872u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[529664u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v27;
      let v28: f32 = params[15264u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[15296u + j];
      let v31: f32 = (v29 + v30);
      work[562432u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul (matmul, 32 workgroups, train_step.014.blocks1_h_multi_head_attention_matmul.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[562432u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[562432u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[562432u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[562432u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[15328u + k * 32u + n0];
      let v9: f32 = params[15328u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[15328u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[15328u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[16352u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[16352u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[16352u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[16352u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[16352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[16352u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[16352u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[16352u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[16352u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[16352u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[16352u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[16352u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[16352u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[16352u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[16352u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[16352u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_1 (matmul, 32 workgroups, train_step.015.blocks1_h_multi_head_attention_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[562432u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[562432u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[562432u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[562432u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[16384u + k * 32u + n0];
      let v9: f32 = params[16384u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[16384u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[16384u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[17408u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[363776u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[17408u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[363776u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[17408u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[363776u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[17408u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[363776u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[17408u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[363776u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[17408u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[363776u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[17408u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[363776u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[17408u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[363776u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[17408u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[363776u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[17408u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[363776u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[17408u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[363776u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[17408u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[363776u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[17408u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[363776u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[17408u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[363776u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[17408u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[363776u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[17408u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[363776u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_2 (matmul, 32 workgroups, train_step.016.blocks1_h_multi_head_attention_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[562432u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[562432u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[562432u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[562432u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[17440u + k * 32u + n0];
      let v9: f32 = params[17440u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[17440u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[17440u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[18464u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1151232u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[18464u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1151232u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[18464u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1151232u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[18464u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1151232u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[18464u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1151232u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[18464u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1151232u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[18464u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1151232u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[18464u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1151232u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[18464u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1151232u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[18464u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1151232u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[18464u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1151232u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[18464u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1151232u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[18464u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1151232u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[18464u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1151232u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[18464u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1151232u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[18464u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1151232u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_3 (matmul, 32 workgroups, train_step.017.blocks1_h_multi_head_attention_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[(v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[(v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[(v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[(v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[363776u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[363776u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[363776u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[363776u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_softmax (reduce, 32 workgroups, train_step.018.blocks1_h_multi_head_attention_softmax.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[1184000u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v6: f32 = (work[1184000u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    work[595200u + (r / 16u) * 16u + (r % 16u)] = acc4;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v10: f32 = (work[1184000u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      work[1216768u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v13;
      let v14: f32 = (v13 / acc4);
      work[1249536u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v14;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_4 (matmul, 32 workgroups, train_step.019.blocks1_h_multi_head_attention_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[1249536u + v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[1249536u + v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[1249536u + v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[1249536u + v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[1151232u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[1151232u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[1151232u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[1151232u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_5 (matmul, 32 workgroups, train_step.020.blocks1_h_multi_head_attention_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[1184000u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[1184000u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[1184000u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[1184000u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[18496u + k * 32u + n0];
      let v13: f32 = params[18496u + k * 32u + min(n0 + 1u, 31u)];
      let v14: f32 = params[18496u + k * 32u + min(n0 + 2u, 31u)];
      let v15: f32 = params[18496u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[1282304u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_norm (reduce, 16 workgroups, train_step.021.blocks1_h_norm.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks1_h_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[19520u + v3];
      let v5: f32 = (work[1282304u + (v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[331008u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[19520u + v10];
      let v12: f32 = (work[1282304u + (v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[331008u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.03125f);
    let v18: f32 = (v17 + 0.0010000000474974513f);
    let v19: f32 = sqrt(v18);
    work[597248u + (r / 16u) * 16u + (r % 16u)] = v19;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v20: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v21: u32 = (v20 % 32u);
      let v22: f32 = params[19520u + v21];
      let v23: f32 = (work[1282304u + (v20 / 32u) * 32u + (v20 % 32u)] + v22);
      let v24: f32 = (work[331008u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v23);
      work[1315072u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v24;
      let v25: f32 = (acc0 * 0.03125f);
      let v26: f32 = (v24 - v25);
      work[1347840u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[1380608u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v27;
      let v28: f32 = params[19552u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[19584u + j];
      let v31: f32 = (v29 + v30);
      work[1413376u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks1_f_matmul (matmul, 128 workgroups, train_step.022.blocks1_f_matmul.wgsl) from specs/names-gpt.model:16
// blocks1_f_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[1413376u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[1413376u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[1413376u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[1413376u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[19616u + k * 128u + n0];
      let v9: f32 = params[19616u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[19616u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[19616u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[1446144u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[1446144u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[1446144u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[1446144u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[1446144u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[1446144u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[1446144u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[1446144u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[1446144u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[1446144u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[1446144u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[1446144u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[1446144u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[1446144u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[1446144u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[1446144u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_mul (elementwise, 2048 workgroups, train_step.023.blocks1_f_mul.wgsl) from specs/names-gpt.model:16
// blocks1_f_mul: elementwise kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[23712u + v1];
    let v3: f32 = (work[1446144u + (v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    work[1577216u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v4;
    let v5: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v6: u32 = (v5 % 128u);
    let v7: f32 = params[23712u + v6];
    let v8: f32 = (work[1446144u + (v5 / 128u) * 128u + (v5 % 128u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    work[1708288u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v9;
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    work[1839360u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v11;
    let v12: f32 = (v4 * v11);
    work[1970432u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v12;
  }
}
// ---- blocks1_output_dense_matmul (matmul, 32 workgroups, train_step.024.blocks1_output_dense_matmul.wgsl) from specs/names-gpt.model:17
// blocks1_output_dense_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[1970432u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[1970432u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[1970432u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[1970432u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[23840u + k * 32u + n0];
      let v9: f32 = params[23840u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[23840u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[23840u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[331008u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[331008u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[331008u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[331008u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[331008u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[331008u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[331008u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[331008u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[331008u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[331008u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[331008u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[331008u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[331008u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[331008u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[331008u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[331008u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_layer_norm_norm (reduce, 16 workgroups, train_step.025.logits_layer_norm_norm.wgsl) from specs/names-gpt.model:23, specs/names-gpt.model:17, specs/names-gpt.model:15
// logits_layer_norm_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:23, specs/names-gpt.model:17, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[27936u + v3];
      let v5: f32 = (work[331008u + (v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[1315072u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[27936u + v10];
      let v12: f32 = (work[331008u + (v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[1315072u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.03125f);
    let v18: f32 = (v17 + 0.0010000000474974513f);
    let v19: f32 = sqrt(v18);
    work[598272u + (r / 16u) * 16u + (r % 16u)] = v19;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v20: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v21: u32 = (v20 % 32u);
      let v22: f32 = params[27936u + v21];
      let v23: f32 = (work[331008u + (v20 / 32u) * 32u + (v20 % 32u)] + v22);
      let v24: f32 = (work[1315072u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v23);
      let v25: f32 = (acc0 * 0.03125f);
      let v26: f32 = (v24 - v25);
      work[1282304u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[1446144u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v27;
      let v28: f32 = params[27968u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[28000u + j];
      let v31: f32 = (v29 + v30);
      work[1478912u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- logits_matmul (matmul, 64 workgroups, train_step.026.logits_matmul.wgsl) from specs/names-gpt.model:23
// logits_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4096u; t += stride) {
    let rem = t % 4096u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[1478912u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[1478912u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[1478912u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[1478912u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[28032u + k * 64u + n0];
      let v9: f32 = params[28032u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[28032u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[28032u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 64u) {
      work[1511680u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 64u) {
      work[1511680u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 64u) {
      work[1511680u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 64u) {
      work[1511680u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 64u) {
      work[1511680u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 64u) {
      work[1511680u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 64u) {
      work[1511680u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 64u) {
      work[1511680u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 64u) {
      work[1511680u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 64u) {
      work[1511680u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 64u) {
      work[1511680u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 64u) {
      work[1511680u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 64u) {
      work[1511680u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 64u) {
      work[1511680u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 64u) {
      work[1511680u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 64u) {
      work[1511680u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- metrics_argmax (reduce, 16 workgroups, train_step.027.metrics_argmax.wgsl) from specs/names-gpt.model:25, specs/names-gpt.model:23
// metrics_argmax: reduce kernel (mdlc)
// from specs/names-gpt.model:25, specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        s0_acc0 += data[2048u + j];
      }
      work[331008u] = s0_acc0;
    }
  }
  for (var r = gid.x; r < 1024u; r += stride) {
    var best1: f32 = -3.4028234e38f;
    var acc0: i32 = 0i;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[30080u + v3];
      let v5: f32 = (work[1511680u + (v2 / 64u) * 64u + (v2 % 64u)] + v4);
      if (v5 > best1) { best1 = v5; acc0 = i32(j); }
    }
    work[331012u + (r / 16u) * 16u + (r % 16u)] = bitcast<f32>(acc0);
  }
}
// ---- loss_log_softmax (reduce, 16 workgroups, train_step.028.loss_log_softmax.wgsl) from specs/names-gpt.model:25, specs/names-gpt.model:23, specs/names-gpt.model:16
// loss_log_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:25, specs/names-gpt.model:23, specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = work[331008u];
      let s0_v1: f32 = (state[8u] + s0_v0);
      state[8u] = s0_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[331008u];
      let s1_v1: f32 = (s1_v0 * 16.0f);
      work[333060u] = s1_v1;
      let s1_v2: f32 = (state[20u] + s1_v1);
      state[20u] = s1_v2;
    }
  }
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[30080u + v3];
      let v5: f32 = (work[1511680u + (v2 / 64u) * 64u + (v2 % 64u)] + v4);
      acc0 = max(acc0, v5);
    }
    var acc6: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v8: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v9: u32 = (v8 % 64u);
      let v10: f32 = params[30080u + v9];
      let v11: f32 = (work[1511680u + (v8 / 64u) * 64u + (v8 % 64u)] + v10);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      acc6 += v13;
    }
    var acc14: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v16: i32 = i32(j);
      let v17: u32 = (r / 16u) * 16u + (r % 16u);
      let v18: i32 = bitcast<i32>(data[1024u + (v17 / 16u) * 16u + (v17 % 16u)]);
      let v19: f32 = select(0.0f, 1.0f, v16 == v18);
      let v20: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v21: u32 = (v20 % 64u);
      let v22: f32 = params[30080u + v21];
      let v23: f32 = (work[1511680u + (v20 / 64u) * 64u + (v20 % 64u)] + v22);
      let v24: f32 = (v23 - acc0);
      let v25: f32 = log(acc6);
      let v26: f32 = (v24 - v25);
      let v27: f32 = (v19 * v26);
      acc14 += v27;
    }
    var acc28: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v30: u32 = (r / 16u);
      let v31: f32 = work[331008u];
      let v32: f32 = max(v31, 9.999999960041972e-13f);
      let v33: f32 = (1.0f / v32);
      let v34: f32 = (v33 * data[2048u + v30]);
      let v35: f32 = (v34 * 0.0625f);
      let v36: f32 = (-v35);
      let v37: i32 = i32(j);
      let v38: u32 = (r / 16u) * 16u + (r % 16u);
      let v39: i32 = bitcast<i32>(data[1024u + (v38 / 16u) * 16u + (v38 % 16u)]);
      let v40: f32 = select(0.0f, 1.0f, v37 == v39);
      let v41: f32 = (v36 * v40);
      let v42: f32 = (-v41);
      acc28 += v42;
    }
    work[332036u + (r / 16u) * 16u + (r % 16u)] = acc14;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v43: i32 = i32(j);
      let v44: u32 = (r / 16u) * 16u + (r % 16u);
      let v45: i32 = bitcast<i32>(data[1024u + (v44 / 16u) * 16u + (v44 % 16u)]);
      let v46: f32 = select(0.0f, 1.0f, v43 == v45);
      work[2101504u + (r / 16u) * 1024u + (r % 16u) * 64u + j] = v46;
      let v47: u32 = (r / 16u);
      let v48: f32 = work[331008u];
      let v49: f32 = max(v48, 9.999999960041972e-13f);
      let v50: f32 = (1.0f / v49);
      let v51: f32 = (v50 * data[2048u + v47]);
      let v52: f32 = (v51 * 0.0625f);
      let v53: f32 = (-v52);
      let v54: f32 = (v53 * v46);
      let v55: f32 = (acc28 / acc6);
      let v56: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v57: u32 = (v56 % 64u);
      let v58: f32 = params[30080u + v57];
      let v59: f32 = (work[1511680u + (v56 / 64u) * 64u + (v56 % 64u)] + v58);
      let v60: f32 = (v59 - acc0);
      let v61: f32 = exp(v60);
      let v62: f32 = (v55 * v61);
      let v63: f32 = (v54 + v62);
      work[2167040u + (r / 16u) * 1024u + (r % 16u) * 64u + j] = v63;
    }
  }
}
// ---- loss_sum (reduce, 1 workgroups, train_step.029.loss_sum.wgsl) from specs/names-gpt.model:25
// loss_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:25
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (-work[332036u + r * 16u + j]);
      acc0 += v2;
    }
    work[333064u + r] = acc0;
  }
}
// ---- logits_grad_sum (reduce, 1 workgroups, train_step.030.logits_grad_sum.wgsl) from specs/names-gpt.model:23
// logits_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        let s0_v2: f32 = (work[333064u + j] * 0.0625f);
        let s0_v3: f32 = (s0_v2 * data[2048u + j]);
        s0_acc0 += s0_v3;
      }
      work[332036u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 65536u + opaque; j++) {
        let s1_v2: i32 = i32((j % 64u));
        let s1_v3: f32 = select(0.0f, 1.0f, s1_v2 == bitcast<i32>(work[331012u + (j / 1024u) * 16u + ((j / 64u) % 16u)]));
        let s1_v4: f32 = (s1_v3 * work[2101504u + (j / 1024u) * 1024u + ((j / 64u) % 16u) * 64u + (j % 64u)]);
        let s1_v5: u32 = (j / 1024u);
        let s1_v6: f32 = data[2048u + s1_v5];
        let s1_v7: f32 = (s1_v4 * s1_v6);
        s1_acc0 += s1_v7;
      }
      work[332044u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[332036u];
      let s2_v1: f32 = work[331008u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[332040u] = s2_v3;
      let s2_v4: f32 = (s2_v3 * s2_v1);
      let s2_v5: f32 = (state[4u] + s2_v4);
      state[4u] = s2_v5;
      let s2_v6: f32 = abs(s2_v3);
      let s2_v7: f32 = select(0.0f, 1.0f, s2_v6 <= 3.0000000054977558e+38f);
      let s2_v8: f32 = (1.0f - s2_v7);
      let s2_v9: f32 = (state[12u] + s2_v8);
      state[12u] = s2_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[332044u];
      let s3_v1: f32 = (state[16u] + s3_v0);
      state[16u] = s3_v1;
    }
  }
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 64u + r;
      let v3: f32 = work[2167040u + (v2 / 1024u) * 1024u + ((v2 / 64u) % 16u) * 64u + (v2 % 64u)];
      acc0 += v3;
    }
    work[332048u + r] = acc0;
  }
}
// ---- logits_grad_matmul (matmul, 32 workgroups, train_step.031.logits_grad_matmul.wgsl) from specs/names-gpt.model:23
// logits_grad_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[2167040u + (v0 / 1024u) * 1024u + ((v0 / 64u) % 16u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 64u + k;
      let v3: f32 = work[2167040u + (v2 / 1024u) * 1024u + ((v2 / 64u) % 16u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 64u + k;
      let v5: f32 = work[2167040u + (v4 / 1024u) * 1024u + ((v4 / 64u) % 16u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 64u + k;
      let v7: f32 = work[2167040u + (v6 / 1024u) * 1024u + ((v6 / 64u) % 16u) * 64u + (v6 % 64u)];
      let v8: f32 = params[28032u + n0 * 64u + k];
      let v9: f32 = params[28032u + min(n0 + 1u, 31u) * 64u + k];
      let v10: f32 = params[28032u + min(n0 + 2u, 31u) * 64u + k];
      let v11: f32 = params[28032u + min(n0 + 3u, 31u) * 64u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[1315072u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[1315072u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[1315072u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[1315072u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[1315072u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[1315072u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[1315072u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[1315072u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[1315072u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[1315072u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[1315072u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[1315072u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[1315072u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[1315072u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[1315072u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[1315072u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_grad_matmul_1 (matmul, 2 workgroups, train_step.032.logits_grad_matmul_1.wgsl) from specs/names-gpt.model:23
// logits_grad_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 128u; t += stride) {
    let rem = t % 128u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[1478912u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[1478912u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[1478912u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[1478912u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 64u + n0;
      let v9: f32 = work[2167040u + (v8 / 1024u) * 1024u + ((v8 / 64u) % 16u) * 64u + (v8 % 64u)];
      let v10: u32 = k * 64u + min(n0 + 1u, 63u);
      let v11: f32 = work[2167040u + (v10 / 1024u) * 1024u + ((v10 / 64u) % 16u) * 64u + (v10 % 64u)];
      let v12: u32 = k * 64u + min(n0 + 2u, 63u);
      let v13: f32 = work[2167040u + (v12 / 1024u) * 1024u + ((v12 / 64u) % 16u) * 64u + (v12 % 64u)];
      let v14: u32 = k * 64u + min(n0 + 3u, 63u);
      let v15: f32 = work[2167040u + (v14 / 1024u) * 1024u + ((v14 / 64u) % 16u) * 64u + (v14 % 64u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 64u) {
      work[333064u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 64u) {
      work[333064u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 64u) {
      work[333064u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 64u) {
      work[333064u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 64u) {
      work[333064u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 64u) {
      work[333064u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 64u) {
      work[333064u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 64u) {
      work[333064u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 64u) {
      work[333064u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 64u) {
      work[333064u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 64u) {
      work[333064u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 64u) {
      work[333064u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 64u) {
      work[333064u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 64u) {
      work[333064u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 64u) {
      work[333064u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 64u) {
      work[333064u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_layer_norm_grad_sum (reduce, 1 workgroups, train_step.033.logits_layer_norm_grad_sum.wgsl) from specs/names-gpt.model:23
// logits_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[1315072u + (v2 / 32u) * 32u + (v2 % 32u)];
      acc0 += v3;
    }
    work[331008u + r] = acc0;
  }
}
// ---- logits_layer_norm_grad_sum_1 (reduce, 1 workgroups, train_step.034.logits_layer_norm_grad_sum_1.wgsl) from specs/names-gpt.model:23
// logits_layer_norm_grad_sum_1: reduce kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[1315072u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: f32 = (v3 * work[1446144u + (j / 16u) * 512u + (j % 16u) * 32u + r]);
      acc0 += v4;
    }
    work[331040u + r] = acc0;
  }
}
// ---- blocks1_output_grad_sum (reduce, 16 workgroups, train_step.035.blocks1_output_grad_sum.wgsl) from specs/names-gpt.model:23, specs/names-gpt.model:15, specs/names-gpt.model:16, specs/names-gpt.model:17
// blocks1_output_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:23, specs/names-gpt.model:15, specs/names-gpt.model:16, specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: f32 = work[1315072u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: f32 = params[27968u + j];
      let v5: f32 = (v3 * v4);
      let v6: f32 = (v5 * work[1446144u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v7: f32 = (v6 / work[598272u + (r / 16u) * 16u + (r % 16u)]);
      let v8: f32 = (-v7);
      acc0 += v8;
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v11: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v12: f32 = work[1315072u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: f32 = params[27968u + j];
      let v14: f32 = (v12 * v13);
      let v15: f32 = (v14 / work[598272u + (r / 16u) * 16u + (r % 16u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[598272u + (r / 16u) * 16u + (r % 16u)]);
      let v18: f32 = (v17 * 0.03125f);
      let v19: f32 = (v18 * work[1282304u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (-v21);
      acc9 += v22;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v23: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v24: f32 = work[1315072u + (v23 / 32u) * 32u + (v23 % 32u)];
      let v25: f32 = params[27968u + j];
      let v26: f32 = (v24 * v25);
      let v27: f32 = (v26 / work[598272u + (r / 16u) * 16u + (r % 16u)]);
      let v28: f32 = (acc0 * 0.5f);
      let v29: f32 = (v28 / work[598272u + (r / 16u) * 16u + (r % 16u)]);
      let v30: f32 = (v29 * 0.03125f);
      let v31: f32 = (v30 * work[1282304u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v32: f32 = (v27 + v31);
      let v33: f32 = (v32 + v31);
      let v34: f32 = (acc9 * 0.03125f);
      let v35: f32 = (v33 + v34);
      work[1478912u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v35;
    }
  }
}
// ---- blocks1_output_dense_grad_sum (reduce, 1 workgroups, train_step.036.blocks1_output_dense_grad_sum.wgsl) from specs/names-gpt.model:17
// blocks1_output_dense_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: f32 = work[1478912u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      acc0 += v3;
    }
    work[331072u + r] = acc0;
  }
}
// ---- blocks1_output_dense_grad_matmul (matmul, 128 workgroups, train_step.037.blocks1_output_dense_grad_matmul.wgsl) from specs/names-gpt.model:17
// blocks1_output_dense_grad_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[1478912u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[1478912u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[1478912u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[1478912u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[23840u + n0 * 32u + k];
      let v9: f32 = params[23840u + min(n0 + 1u, 127u) * 32u + k];
      let v10: f32 = params[23840u + min(n0 + 2u, 127u) * 32u + k];
      let v11: f32 = params[23840u + min(n0 + 3u, 127u) * 32u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[2101504u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[2101504u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[2101504u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[2101504u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[2101504u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[2101504u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[2101504u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[2101504u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[2101504u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[2101504u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[2101504u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[2101504u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[2101504u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[2101504u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[2101504u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[2101504u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_output_dense_grad_matmul_1 (matmul, 4 workgroups, train_step.038.blocks1_output_dense_grad_matmul_1.wgsl) from specs/names-gpt.model:17
// blocks1_output_dense_grad_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[1970432u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[1970432u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[1970432u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[1970432u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 32u + n0;
      let v9: f32 = work[1478912u + (v8 / 512u) * 512u + ((v8 / 32u) % 16u) * 32u + (v8 % 32u)];
      let v10: u32 = k * 32u + min(n0 + 1u, 31u);
      let v11: f32 = work[1478912u + (v10 / 512u) * 512u + ((v10 / 32u) % 16u) * 32u + (v10 % 32u)];
      let v12: u32 = k * 32u + min(n0 + 2u, 31u);
      let v13: f32 = work[1478912u + (v12 / 512u) * 512u + ((v12 / 32u) % 16u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 32u + min(n0 + 3u, 31u);
      let v15: f32 = work[1478912u + (v14 / 512u) * 512u + ((v14 / 32u) % 16u) * 32u + (v14 % 32u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 32u) {
      work[335112u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 32u) {
      work[335112u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 32u) {
      work[335112u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 32u) {
      work[335112u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 32u) {
      work[335112u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 32u) {
      work[335112u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 32u) {
      work[335112u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 32u) {
      work[335112u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 32u) {
      work[335112u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 32u) {
      work[335112u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 32u) {
      work[335112u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 32u) {
      work[335112u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 32u) {
      work[335112u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 32u) {
      work[335112u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 32u) {
      work[335112u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 32u) {
      work[335112u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_grad_add (elementwise, 2048 workgroups, train_step.039.blocks1_f_grad_add.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:17
// blocks1_f_grad_add: elementwise kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: f32 = work[2101504u + (v0 / 128u) * 128u + (v0 % 128u)];
    let v2: f32 = (v1 * work[1577216u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)]);
    let v3: f32 = (work[1708288u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] * work[1708288u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)]);
    let v4: f32 = (-v3);
    let v5: f32 = exp(v4);
    let v6: f32 = (v5 * 1.128379225730896f);
    let v7: f32 = (v2 * v6);
    let v8: f32 = (v7 * 0.7071067690849304f);
    let v9: f32 = (v1 * work[1839360u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)]);
    let v10: f32 = (v9 * 0.5f);
    let v11: f32 = (v8 + v10);
    work[1970432u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v11;
  }
}
// ---- blocks1_f_grad_sum (reduce, 2 workgroups, train_step.040.blocks1_f_grad_sum.wgsl) from specs/names-gpt.model:16
// blocks1_f_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: f32 = work[1970432u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[331104u + r] = acc0;
  }
}
// ---- blocks1_f_grad_matmul (matmul, 32 workgroups, train_step.041.blocks1_f_grad_matmul.wgsl) from specs/names-gpt.model:16
// blocks1_f_grad_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[1970432u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[1970432u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[1970432u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[1970432u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[19616u + n0 * 128u + k];
      let v9: f32 = params[19616u + min(n0 + 1u, 31u) * 128u + k];
      let v10: f32 = params[19616u + min(n0 + 2u, 31u) * 128u + k];
      let v11: f32 = params[19616u + min(n0 + 3u, 31u) * 128u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[1282304u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_grad_matmul_1 (matmul, 4 workgroups, train_step.042.blocks1_f_grad_matmul_1.wgsl) from specs/names-gpt.model:16
// blocks1_f_grad_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[1413376u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[1413376u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[1413376u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[1413376u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 128u + n0;
      let v9: f32 = work[1970432u + (v8 / 2048u) * 2048u + ((v8 / 128u) % 16u) * 128u + (v8 % 128u)];
      let v10: u32 = k * 128u + min(n0 + 1u, 127u);
      let v11: f32 = work[1970432u + (v10 / 2048u) * 2048u + ((v10 / 128u) % 16u) * 128u + (v10 % 128u)];
      let v12: u32 = k * 128u + min(n0 + 2u, 127u);
      let v13: f32 = work[1970432u + (v12 / 2048u) * 2048u + ((v12 / 128u) % 16u) * 128u + (v12 % 128u)];
      let v14: u32 = k * 128u + min(n0 + 3u, 127u);
      let v15: f32 = work[1970432u + (v14 / 2048u) * 2048u + ((v14 / 128u) % 16u) * 128u + (v14 % 128u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 128u) {
      work[339208u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 128u) {
      work[339208u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 128u) {
      work[339208u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 128u) {
      work[339208u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 128u) {
      work[339208u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 128u) {
      work[339208u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 128u) {
      work[339208u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 128u) {
      work[339208u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 128u) {
      work[339208u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 128u) {
      work[339208u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 128u) {
      work[339208u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 128u) {
      work[339208u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 128u) {
      work[339208u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 128u) {
      work[339208u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 128u) {
      work[339208u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 128u) {
      work[339208u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_layer_norm_grad_sum (reduce, 1 workgroups, train_step.043.blocks1_f_layer_norm_grad_sum.wgsl) from specs/names-gpt.model:16
// blocks1_f_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[1282304u + (v2 / 32u) * 32u + (v2 % 32u)];
      acc0 += v3;
    }
    work[331232u + r] = acc0;
  }
}
// ---- blocks1_f_layer_norm_grad_sum_1 (reduce, 1 workgroups, train_step.044.blocks1_f_layer_norm_grad_sum_1.wgsl) from specs/names-gpt.model:16
// blocks1_f_layer_norm_grad_sum_1: reduce kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[1282304u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: f32 = (v3 * work[1380608u + (j / 16u) * 512u + (j % 16u) * 32u + r]);
      acc0 += v4;
    }
    work[331264u + r] = acc0;
  }
}
// ---- blocks1_h_grad_sum (reduce, 16 workgroups, train_step.045.blocks1_h_grad_sum.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks1_h_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: f32 = work[1282304u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: f32 = params[19552u + j];
      let v5: f32 = (v3 * v4);
      let v6: f32 = (v5 * work[1380608u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v7: f32 = (v6 / work[597248u + (r / 16u) * 16u + (r % 16u)]);
      let v8: f32 = (-v7);
      acc0 += v8;
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v11: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v12: f32 = work[1282304u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: f32 = params[19552u + j];
      let v14: f32 = (v12 * v13);
      let v15: f32 = (v14 / work[597248u + (r / 16u) * 16u + (r % 16u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[597248u + (r / 16u) * 16u + (r % 16u)]);
      let v18: f32 = (v17 * 0.03125f);
      let v19: f32 = (v18 * work[1347840u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (-v21);
      acc9 += v22;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v23: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v24: f32 = work[1282304u + (v23 / 32u) * 32u + (v23 % 32u)];
      let v25: f32 = params[19552u + j];
      let v26: f32 = (v24 * v25);
      let v27: f32 = (v26 / work[597248u + (r / 16u) * 16u + (r % 16u)]);
      let v28: f32 = (acc0 * 0.5f);
      let v29: f32 = (v28 / work[597248u + (r / 16u) * 16u + (r % 16u)]);
      let v30: f32 = (v29 * 0.03125f);
      let v31: f32 = (v30 * work[1347840u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v32: f32 = (v27 + v31);
      let v33: f32 = (v32 + v31);
      let v34: f32 = (work[1478912u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v33);
      let v35: f32 = (acc9 * 0.03125f);
      let v36: f32 = (v34 + v35);
      work[1315072u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v36;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_sum (reduce, 1 workgroups, train_step.046.blocks1_h_multi_head_attention_grad_sum.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: f32 = work[1315072u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      acc0 += v3;
    }
    work[331296u + r] = acc0;
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul (matmul, 32 workgroups, train_step.047.blocks1_h_multi_head_attention_grad_matmul.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[1315072u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[1315072u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[1315072u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[1315072u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[18496u + n0 * 32u + k];
      let v9: f32 = params[18496u + min(n0 + 1u, 31u) * 32u + k];
      let v10: f32 = params[18496u + min(n0 + 2u, 31u) * 32u + k];
      let v11: f32 = params[18496u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[1282304u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[1282304u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[1282304u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_1 (matmul, 1 workgroups, train_step.048.blocks1_h_multi_head_attention_grad_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[1184000u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = k * 32u + min(m0 + 1u, 31u);
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[1184000u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = k * 32u + min(m0 + 2u, 31u);
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[1184000u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = k * 32u + min(m0 + 3u, 31u);
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[1184000u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: u32 = k * 32u + n0;
      let v13: f32 = work[1315072u + (v12 / 512u) * 512u + ((v12 / 32u) % 16u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 32u + min(n0 + 1u, 31u);
      let v15: f32 = work[1315072u + (v14 / 512u) * 512u + ((v14 / 32u) % 16u) * 32u + (v14 % 32u)];
      let v16: u32 = k * 32u + min(n0 + 2u, 31u);
      let v17: f32 = work[1315072u + (v16 / 512u) * 512u + ((v16 / 32u) % 16u) * 32u + (v16 % 32u)];
      let v18: u32 = k * 32u + min(n0 + 3u, 31u);
      let v19: f32 = work[1315072u + (v18 / 512u) * 512u + ((v18 / 32u) % 16u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v2, v13, acc_0_0);
      acc_0_1 = fma(v2, v15, acc_0_1);
      acc_0_2 = fma(v2, v17, acc_0_2);
      acc_0_3 = fma(v2, v19, acc_0_3);
      acc_1_0 = fma(v5, v13, acc_1_0);
      acc_1_1 = fma(v5, v15, acc_1_1);
      acc_1_2 = fma(v5, v17, acc_1_2);
      acc_1_3 = fma(v5, v19, acc_1_3);
      acc_2_0 = fma(v8, v13, acc_2_0);
      acc_2_1 = fma(v8, v15, acc_2_1);
      acc_2_2 = fma(v8, v17, acc_2_2);
      acc_2_3 = fma(v8, v19, acc_2_3);
      acc_3_0 = fma(v11, v13, acc_3_0);
      acc_3_1 = fma(v11, v15, acc_3_1);
      acc_3_2 = fma(v11, v17, acc_3_2);
      acc_3_3 = fma(v11, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[343304u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[343304u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[343304u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[343304u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[343304u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[343304u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[343304u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[343304u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[343304u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[343304u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[343304u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[343304u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[343304u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[343304u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[343304u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[343304u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_2 (matmul, 32 workgroups, train_step.049.blocks1_h_multi_head_attention_grad_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[1282304u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[1282304u + (v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[1282304u + (v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[1282304u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[1151232u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[1151232u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[1151232u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[1151232u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_3 (matmul, 32 workgroups, train_step.050.blocks1_h_multi_head_attention_grad_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[1249536u + v0 * 256u + k * 16u + m0];
      let v2: f32 = work[1249536u + v0 * 256u + k * 16u + min(m0 + 1u, 15u)];
      let v3: f32 = work[1249536u + v0 * 256u + k * 16u + min(m0 + 2u, 15u)];
      let v4: f32 = work[1249536u + v0 * 256u + k * 16u + min(m0 + 3u, 15u)];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[1282304u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[1282304u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[1282304u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[1282304u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[1151232u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[1151232u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[1151232u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[1151232u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[1151232u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_sum_1 (reduce, 32 workgroups, train_step.051.blocks1_h_multi_head_attention_grad_sum_1.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_sum_1: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[1184000u + (r / 16u) * 256u + (r % 16u) * 16u + j] * work[1249536u + (r / 16u) * 256u + (r % 16u) * 16u + j]);
      let v3: f32 = (v2 / work[595200u + (r / 16u) * 16u + (r % 16u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    for (var j = 0u; j < 16u + opaque; j++) {
      let v5: f32 = (work[1184000u + (r / 16u) * 256u + (r % 16u) * 16u + j] / work[595200u + (r / 16u) * 16u + (r % 16u)]);
      let v6: f32 = (v5 + acc0);
      let v7: f32 = (v6 * work[1216768u + (r / 16u) * 256u + (r % 16u) * 16u + j]);
      let v8: f32 = select(0.0f, v7, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      let v9: f32 = (v8 * 0.25f);
      work[1282304u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v9;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_4 (matmul, 32 workgroups, train_step.052.blocks1_h_multi_head_attention_grad_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[1282304u + v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[1282304u + v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[1282304u + v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[1282304u + v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[363776u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[363776u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[363776u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[363776u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[1184000u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_5 (matmul, 32 workgroups, train_step.053.blocks1_h_multi_head_attention_grad_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[1282304u + v0 * 256u + k * 16u + m0];
      let v2: f32 = work[1282304u + v0 * 256u + k * 16u + min(m0 + 1u, 15u)];
      let v3: f32 = work[1282304u + v0 * 256u + k * 16u + min(m0 + 2u, 15u)];
      let v4: f32 = work[1282304u + v0 * 256u + k * 16u + min(m0 + 3u, 15u)];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[(v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[(v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[(v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[(v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[344328u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[344328u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[344328u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[344328u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[344328u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[344328u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[344328u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[344328u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[344328u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[344328u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[344328u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[344328u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[344328u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[344328u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[344328u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[344328u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_sum_2 (reduce, 1 workgroups, train_step.054.blocks1_h_multi_head_attention_grad_sum_2.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_sum_2: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: u32 = (v2 / 512u) * 512u + ((v2 / 16u) % 2u) * 256u + ((v2 / 32u) % 16u) * 16u + (v2 % 16u);
      let v4: f32 = work[1151232u + (v3 / 256u) * 256u + ((v3 / 16u) % 16u) * 16u + (v3 % 16u)];
      acc0 += v4;
    }
    work[r] = acc0;
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_6 (matmul, 32 workgroups, train_step.055.blocks1_h_multi_head_attention_grad_matmul_6.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_6: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[1151232u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[1151232u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[1151232u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[1151232u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[17440u + n0 * 32u + k];
      let v13: f32 = params[17440u + min(n0 + 1u, 31u) * 32u + k];
      let v14: f32 = params[17440u + min(n0 + 2u, 31u) * 32u + k];
      let v15: f32 = params[17440u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[1216768u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[1216768u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[1216768u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[1216768u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[1216768u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[1216768u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[1216768u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[1216768u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[1216768u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[1216768u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[1216768u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[1216768u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[1216768u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[1216768u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[1216768u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[1216768u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_7 (matmul, 1 workgroups, train_step.056.blocks1_h_multi_head_attention_grad_matmul_7.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_7: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[562432u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[562432u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[562432u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[562432u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 32u + n0;
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 2u) * 256u + ((v8 / 32u) % 16u) * 16u + (v8 % 16u);
      let v10: f32 = work[1151232u + (v9 / 256u) * 256u + ((v9 / 16u) % 16u) * 16u + (v9 % 16u)];
      let v11: u32 = k * 32u + min(n0 + 1u, 31u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 2u) * 256u + ((v11 / 32u) % 16u) * 16u + (v11 % 16u);
      let v13: f32 = work[1151232u + (v12 / 256u) * 256u + ((v12 / 16u) % 16u) * 16u + (v12 % 16u)];
      let v14: u32 = k * 32u + min(n0 + 2u, 31u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 2u) * 256u + ((v14 / 32u) % 16u) * 16u + (v14 % 16u);
      let v16: f32 = work[1151232u + (v15 / 256u) * 256u + ((v15 / 16u) % 16u) * 16u + (v15 % 16u)];
      let v17: u32 = k * 32u + min(n0 + 3u, 31u);
      let v18: u32 = (v17 / 512u) * 512u + ((v17 / 16u) % 2u) * 256u + ((v17 / 32u) % 16u) * 16u + (v17 % 16u);
      let v19: f32 = work[1151232u + (v18 / 256u) * 256u + ((v18 / 16u) % 16u) * 16u + (v18 % 16u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[32u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[32u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[32u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[32u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[32u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[32u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[32u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[32u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[32u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[32u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[32u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[32u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[32u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[32u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[32u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[32u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_sum_3 (reduce, 1 workgroups, train_step.057.blocks1_h_multi_head_attention_grad_sum_3.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_sum_3: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: u32 = (v2 / 512u) * 512u + ((v2 / 16u) % 2u) * 256u + ((v2 / 32u) % 16u) * 16u + (v2 % 16u);
      let v4: f32 = work[344328u + (v3 / 256u) * 256u + ((v3 / 16u) % 16u) * 16u + (v3 % 16u)];
      acc0 += v4;
    }
    work[1056u + r] = acc0;
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_8 (matmul, 32 workgroups, train_step.058.blocks1_h_multi_head_attention_grad_matmul_8.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_8: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[344328u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[344328u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[344328u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[344328u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[16384u + n0 * 32u + k];
      let v13: f32 = params[16384u + min(n0 + 1u, 31u) * 32u + k];
      let v14: f32 = params[16384u + min(n0 + 2u, 31u) * 32u + k];
      let v15: f32 = params[16384u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[1151232u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[1151232u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[1151232u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[1151232u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[1151232u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[1151232u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[1151232u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[1151232u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[1151232u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[1151232u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[1151232u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[1151232u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[1151232u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[1151232u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[1151232u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[1151232u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_9 (matmul, 1 workgroups, train_step.059.blocks1_h_multi_head_attention_grad_matmul_9.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_9: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[562432u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[562432u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[562432u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[562432u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 32u + n0;
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 2u) * 256u + ((v8 / 32u) % 16u) * 16u + (v8 % 16u);
      let v10: f32 = work[344328u + (v9 / 256u) * 256u + ((v9 / 16u) % 16u) * 16u + (v9 % 16u)];
      let v11: u32 = k * 32u + min(n0 + 1u, 31u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 2u) * 256u + ((v11 / 32u) % 16u) * 16u + (v11 % 16u);
      let v13: f32 = work[344328u + (v12 / 256u) * 256u + ((v12 / 16u) % 16u) * 16u + (v12 % 16u)];
      let v14: u32 = k * 32u + min(n0 + 2u, 31u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 2u) * 256u + ((v14 / 32u) % 16u) * 16u + (v14 % 16u);
      let v16: f32 = work[344328u + (v15 / 256u) * 256u + ((v15 / 16u) % 16u) * 16u + (v15 % 16u)];
      let v17: u32 = k * 32u + min(n0 + 3u, 31u);
      let v18: u32 = (v17 / 512u) * 512u + ((v17 / 16u) % 2u) * 256u + ((v17 / 32u) % 16u) * 16u + (v17 % 16u);
      let v19: f32 = work[344328u + (v18 / 256u) * 256u + ((v18 / 16u) % 16u) * 16u + (v18 % 16u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[1088u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[1088u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[1088u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[1088u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[1088u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[1088u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[1088u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[1088u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[1088u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[1088u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[1088u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[1088u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[1088u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[1088u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[1088u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[1088u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_sum_4 (reduce, 1 workgroups, train_step.060.blocks1_h_multi_head_attention_grad_sum_4.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_sum_4: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: u32 = (v2 / 512u) * 512u + ((v2 / 16u) % 2u) * 256u + ((v2 / 32u) % 16u) * 16u + (v2 % 16u);
      let v4: f32 = work[1184000u + (v3 / 256u) * 256u + ((v3 / 16u) % 16u) * 16u + (v3 % 16u)];
      acc0 += v4;
    }
    work[2112u + r] = acc0;
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_10 (matmul, 32 workgroups, train_step.061.blocks1_h_multi_head_attention_grad_matmul_10.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_10: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[1184000u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[1184000u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[1184000u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[1184000u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[15328u + n0 * 32u + k];
      let v13: f32 = params[15328u + min(n0 + 1u, 31u) * 32u + k];
      let v14: f32 = params[15328u + min(n0 + 2u, 31u) * 32u + k];
      let v15: f32 = params[15328u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[344328u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[344328u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[344328u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[344328u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[344328u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[344328u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[344328u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[344328u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[344328u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[344328u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[344328u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[344328u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[344328u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[344328u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[344328u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[344328u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_grad_matmul_11 (matmul, 1 workgroups, train_step.062.blocks1_h_multi_head_attention_grad_matmul_11.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_grad_matmul_11: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[562432u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[562432u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[562432u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[562432u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 32u + n0;
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 2u) * 256u + ((v8 / 32u) % 16u) * 16u + (v8 % 16u);
      let v10: f32 = work[1184000u + (v9 / 256u) * 256u + ((v9 / 16u) % 16u) * 16u + (v9 % 16u)];
      let v11: u32 = k * 32u + min(n0 + 1u, 31u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 2u) * 256u + ((v11 / 32u) % 16u) * 16u + (v11 % 16u);
      let v13: f32 = work[1184000u + (v12 / 256u) * 256u + ((v12 / 16u) % 16u) * 16u + (v12 % 16u)];
      let v14: u32 = k * 32u + min(n0 + 2u, 31u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 2u) * 256u + ((v14 / 32u) % 16u) * 16u + (v14 % 16u);
      let v16: f32 = work[1184000u + (v15 / 256u) * 256u + ((v15 / 16u) % 16u) * 16u + (v15 % 16u)];
      let v17: u32 = k * 32u + min(n0 + 3u, 31u);
      let v18: u32 = (v17 / 512u) * 512u + ((v17 / 16u) % 2u) * 256u + ((v17 / 32u) % 16u) * 16u + (v17 % 16u);
      let v19: f32 = work[1184000u + (v18 / 256u) * 256u + ((v18 / 16u) % 16u) * 16u + (v18 % 16u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[2144u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[2144u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[2144u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[2144u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[2144u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[2144u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[2144u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[2144u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[2144u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[2144u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[2144u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[2144u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[2144u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[2144u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[2144u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[2144u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_layer_norm_grad_sum (reduce, 1 workgroups, train_step.063.blocks1_h_layer_norm_grad_sum.wgsl) from specs/names-gpt.model:15
// blocks1_h_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[1216768u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v5: f32 = work[1151232u + (v4 / 32u) * 32u + (v4 % 32u)];
      let v6: f32 = (v3 + v5);
      let v7: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v8: f32 = work[344328u + (v7 / 32u) * 32u + (v7 % 32u)];
      let v9: f32 = (v6 + v8);
      acc0 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v12: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v13: f32 = work[1216768u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v15: f32 = work[1151232u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: f32 = (v13 + v15);
      let v17: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v18: f32 = work[344328u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: f32 = (v16 + v18);
      let v20: f32 = (v19 * work[529664u + (j / 16u) * 512u + (j % 16u) * 32u + r]);
      acc10 += v20;
    }
    work[3168u + r] = acc0;
    work[3200u + r] = acc10;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v21: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v22: f32 = work[1216768u + (v21 / 32u) * 32u + (v21 % 32u)];
      let v23: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v24: f32 = work[1151232u + (v23 / 32u) * 32u + (v23 % 32u)];
      let v25: f32 = (v22 + v24);
      let v26: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v27: f32 = work[344328u + (v26 / 32u) * 32u + (v26 % 32u)];
      let v28: f32 = (v25 + v27);
      let v29: f32 = params[15264u + r];
      let v30: f32 = (v28 * v29);
      work[562432u + (j / 16u) * 512u + (j % 16u) * 32u + r] = v30;
    }
  }
}
// ---- blocks0_output_grad_sum (reduce, 16 workgroups, train_step.064.blocks0_output_grad_sum.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:16, specs/names-gpt.model:17
// blocks0_output_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:16, specs/names-gpt.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: f32 = (work[562432u + (r / 16u) * 512u + (r % 16u) * 32u + j] * work[529664u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v3: f32 = (v2 / work[528640u + (r / 16u) * 16u + (r % 16u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    var acc5: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v7: f32 = (work[562432u + (r / 16u) * 512u + (r % 16u) * 32u + j] / work[528640u + (r / 16u) * 16u + (r % 16u)]);
      let v8: f32 = (acc0 * 0.5f);
      let v9: f32 = (v8 / work[528640u + (r / 16u) * 16u + (r % 16u)]);
      let v10: f32 = (v9 * 0.03125f);
      let v11: f32 = (v10 * work[495872u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v12: f32 = (v7 + v11);
      let v13: f32 = (v12 + v11);
      let v14: f32 = (-v13);
      acc5 += v14;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v15: f32 = (work[562432u + (r / 16u) * 512u + (r % 16u) * 32u + j] / work[528640u + (r / 16u) * 16u + (r % 16u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[528640u + (r / 16u) * 16u + (r % 16u)]);
      let v18: f32 = (v17 * 0.03125f);
      let v19: f32 = (v18 * work[495872u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (work[1315072u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v21);
      let v23: f32 = (acc5 * 0.03125f);
      let v24: f32 = (v22 + v23);
      work[344328u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v24;
    }
  }
}
// ---- blocks0_output_dense_grad_sum (reduce, 1 workgroups, train_step.065.blocks0_output_dense_grad_sum.wgsl) from specs/names-gpt.model:17
// blocks0_output_dense_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: f32 = work[344328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      acc0 += v3;
    }
    work[3232u + r] = acc0;
  }
}
// ---- blocks0_output_dense_grad_matmul (matmul, 128 workgroups, train_step.066.blocks0_output_dense_grad_matmul.wgsl) from specs/names-gpt.model:17
// blocks0_output_dense_grad_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[344328u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[344328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[344328u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[344328u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[11136u + n0 * 32u + k];
      let v9: f32 = params[11136u + min(n0 + 1u, 127u) * 32u + k];
      let v10: f32 = params[11136u + min(n0 + 2u, 127u) * 32u + k];
      let v11: f32 = params[11136u + min(n0 + 3u, 127u) * 32u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[495872u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[495872u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[495872u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[495872u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[495872u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[495872u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[495872u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[495872u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[495872u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[495872u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[495872u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[495872u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[495872u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[495872u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[495872u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[495872u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_dense_grad_matmul_1 (matmul, 4 workgroups, train_step.067.blocks0_output_dense_grad_matmul_1.wgsl) from specs/names-gpt.model:17
// blocks0_output_dense_grad_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[1020160u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[1020160u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[1020160u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[1020160u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 32u + n0;
      let v9: f32 = work[344328u + (v8 / 512u) * 512u + ((v8 / 32u) % 16u) * 32u + (v8 % 32u)];
      let v10: u32 = k * 32u + min(n0 + 1u, 31u);
      let v11: f32 = work[344328u + (v10 / 512u) * 512u + ((v10 / 32u) % 16u) * 32u + (v10 % 32u)];
      let v12: u32 = k * 32u + min(n0 + 2u, 31u);
      let v13: f32 = work[344328u + (v12 / 512u) * 512u + ((v12 / 32u) % 16u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 32u + min(n0 + 3u, 31u);
      let v15: f32 = work[344328u + (v14 / 512u) * 512u + ((v14 / 32u) % 16u) * 32u + (v14 % 32u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 32u) {
      work[3264u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 32u) {
      work[3264u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 32u) {
      work[3264u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 32u) {
      work[3264u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 32u) {
      work[3264u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 32u) {
      work[3264u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 32u) {
      work[3264u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 32u) {
      work[3264u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 32u) {
      work[3264u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 32u) {
      work[3264u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 32u) {
      work[3264u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 32u) {
      work[3264u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 32u) {
      work[3264u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 32u) {
      work[3264u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 32u) {
      work[3264u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 32u) {
      work[3264u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_grad_add (elementwise, 2048 workgroups, train_step.068.blocks0_f_grad_add.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:17
// blocks0_f_grad_add: elementwise kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: f32 = work[495872u + (v0 / 128u) * 128u + (v0 % 128u)];
    let v2: f32 = (v1 * work[626944u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)]);
    let v3: f32 = (work[758016u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] * work[758016u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)]);
    let v4: f32 = (-v3);
    let v5: f32 = exp(v4);
    let v6: f32 = (v5 * 1.128379225730896f);
    let v7: f32 = (v2 * v6);
    let v8: f32 = (v7 * 0.7071067690849304f);
    let v9: f32 = (v1 * work[889088u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)]);
    let v10: f32 = (v9 * 0.5f);
    let v11: f32 = (v8 + v10);
    work[1020160u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v11;
  }
}
// ---- blocks0_f_grad_sum (reduce, 2 workgroups, train_step.069.blocks0_f_grad_sum.wgsl) from specs/names-gpt.model:16
// blocks0_f_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: f32 = work[1020160u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[7360u + r] = acc0;
  }
}
// ---- blocks0_f_grad_matmul (matmul, 32 workgroups, train_step.070.blocks0_f_grad_matmul.wgsl) from specs/names-gpt.model:16
// blocks0_f_grad_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[1020160u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[1020160u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[1020160u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[1020160u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[6912u + n0 * 128u + k];
      let v9: f32 = params[6912u + min(n0 + 1u, 31u) * 128u + k];
      let v10: f32 = params[6912u + min(n0 + 2u, 31u) * 128u + k];
      let v11: f32 = params[6912u + min(n0 + 3u, 31u) * 128u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[495872u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[495872u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[495872u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[495872u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[495872u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[495872u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[495872u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[495872u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[495872u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[495872u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[495872u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[495872u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[495872u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[495872u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[495872u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[495872u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_grad_matmul_1 (matmul, 4 workgroups, train_step.071.blocks0_f_grad_matmul_1.wgsl) from specs/names-gpt.model:16
// blocks0_f_grad_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[463104u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[463104u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[463104u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[463104u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 128u + n0;
      let v9: f32 = work[1020160u + (v8 / 2048u) * 2048u + ((v8 / 128u) % 16u) * 128u + (v8 % 128u)];
      let v10: u32 = k * 128u + min(n0 + 1u, 127u);
      let v11: f32 = work[1020160u + (v10 / 2048u) * 2048u + ((v10 / 128u) % 16u) * 128u + (v10 % 128u)];
      let v12: u32 = k * 128u + min(n0 + 2u, 127u);
      let v13: f32 = work[1020160u + (v12 / 2048u) * 2048u + ((v12 / 128u) % 16u) * 128u + (v12 % 128u)];
      let v14: u32 = k * 128u + min(n0 + 3u, 127u);
      let v15: f32 = work[1020160u + (v14 / 2048u) * 2048u + ((v14 / 128u) % 16u) * 128u + (v14 % 128u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 128u) {
      work[7488u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 128u) {
      work[7488u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 128u) {
      work[7488u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 128u) {
      work[7488u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 128u) {
      work[7488u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 128u) {
      work[7488u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 128u) {
      work[7488u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 128u) {
      work[7488u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 128u) {
      work[7488u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 128u) {
      work[7488u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 128u) {
      work[7488u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 128u) {
      work[7488u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 128u) {
      work[7488u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 128u) {
      work[7488u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 128u) {
      work[7488u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 128u) {
      work[7488u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_layer_norm_grad_sum (reduce, 1 workgroups, train_step.072.blocks0_f_layer_norm_grad_sum.wgsl) from specs/names-gpt.model:16
// blocks0_f_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[495872u + (v2 / 32u) * 32u + (v2 % 32u)];
      acc0 += v3;
    }
    work[11584u + r] = acc0;
  }
}
// ---- blocks0_f_layer_norm_grad_sum_1 (reduce, 1 workgroups, train_step.073.blocks0_f_layer_norm_grad_sum_1.wgsl) from specs/names-gpt.model:16
// blocks0_f_layer_norm_grad_sum_1: reduce kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[495872u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: f32 = (v3 * work[430336u + (j / 16u) * 512u + (j % 16u) * 32u + r]);
      acc0 += v4;
    }
    work[11616u + r] = acc0;
  }
}
// ---- blocks0_h_grad_sum (reduce, 16 workgroups, train_step.074.blocks0_h_grad_sum.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks0_h_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: f32 = work[495872u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: f32 = params[6848u + j];
      let v5: f32 = (v3 * v4);
      let v6: f32 = (v5 * work[430336u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v7: f32 = (v6 / work[429312u + (r / 16u) * 16u + (r % 16u)]);
      let v8: f32 = (-v7);
      acc0 += v8;
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v11: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v12: f32 = work[495872u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: f32 = params[6848u + j];
      let v14: f32 = (v12 * v13);
      let v15: f32 = (v14 / work[429312u + (r / 16u) * 16u + (r % 16u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[429312u + (r / 16u) * 16u + (r % 16u)]);
      let v18: f32 = (v17 * 0.03125f);
      let v19: f32 = (v18 * work[396544u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (-v21);
      acc9 += v22;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v23: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v24: f32 = work[495872u + (v23 / 32u) * 32u + (v23 % 32u)];
      let v25: f32 = params[6848u + j];
      let v26: f32 = (v24 * v25);
      let v27: f32 = (v26 / work[429312u + (r / 16u) * 16u + (r % 16u)]);
      let v28: f32 = (acc0 * 0.5f);
      let v29: f32 = (v28 / work[429312u + (r / 16u) * 16u + (r % 16u)]);
      let v30: f32 = (v29 * 0.03125f);
      let v31: f32 = (v30 * work[396544u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v32: f32 = (v27 + v31);
      let v33: f32 = (v32 + v31);
      let v34: f32 = (work[344328u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v33);
      let v35: f32 = (acc9 * 0.03125f);
      let v36: f32 = (v34 + v35);
      work[463104u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v36;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_sum (reduce, 1 workgroups, train_step.075.blocks0_h_multi_head_attention_grad_sum.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: f32 = work[463104u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      acc0 += v3;
    }
    work[11648u + r] = acc0;
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul (matmul, 32 workgroups, train_step.076.blocks0_h_multi_head_attention_grad_matmul.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[463104u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[463104u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[463104u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[463104u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[5792u + n0 * 32u + k];
      let v9: f32 = params[5792u + min(n0 + 1u, 31u) * 32u + k];
      let v10: f32 = params[5792u + min(n0 + 2u, 31u) * 32u + k];
      let v11: f32 = params[5792u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[344328u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[344328u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[344328u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[344328u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[344328u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[344328u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[344328u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[344328u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[344328u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[344328u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[344328u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[344328u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[344328u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[344328u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[344328u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[344328u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_1 (matmul, 1 workgroups, train_step.077.blocks0_h_multi_head_attention_grad_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[230400u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = k * 32u + min(m0 + 1u, 31u);
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[230400u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = k * 32u + min(m0 + 2u, 31u);
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[230400u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = k * 32u + min(m0 + 3u, 31u);
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[230400u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: u32 = k * 32u + n0;
      let v13: f32 = work[463104u + (v12 / 512u) * 512u + ((v12 / 32u) % 16u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 32u + min(n0 + 1u, 31u);
      let v15: f32 = work[463104u + (v14 / 512u) * 512u + ((v14 / 32u) % 16u) * 32u + (v14 % 32u)];
      let v16: u32 = k * 32u + min(n0 + 2u, 31u);
      let v17: f32 = work[463104u + (v16 / 512u) * 512u + ((v16 / 32u) % 16u) * 32u + (v16 % 32u)];
      let v18: u32 = k * 32u + min(n0 + 3u, 31u);
      let v19: f32 = work[463104u + (v18 / 512u) * 512u + ((v18 / 32u) % 16u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v2, v13, acc_0_0);
      acc_0_1 = fma(v2, v15, acc_0_1);
      acc_0_2 = fma(v2, v17, acc_0_2);
      acc_0_3 = fma(v2, v19, acc_0_3);
      acc_1_0 = fma(v5, v13, acc_1_0);
      acc_1_1 = fma(v5, v15, acc_1_1);
      acc_1_2 = fma(v5, v17, acc_1_2);
      acc_1_3 = fma(v5, v19, acc_1_3);
      acc_2_0 = fma(v8, v13, acc_2_0);
      acc_2_1 = fma(v8, v15, acc_2_1);
      acc_2_2 = fma(v8, v17, acc_2_2);
      acc_2_3 = fma(v8, v19, acc_2_3);
      acc_3_0 = fma(v11, v13, acc_3_0);
      acc_3_1 = fma(v11, v15, acc_3_1);
      acc_3_2 = fma(v11, v17, acc_3_2);
      acc_3_3 = fma(v11, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[11680u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[11680u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[11680u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[11680u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[11680u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[11680u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[11680u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[11680u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[11680u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[11680u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[11680u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[11680u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[11680u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[11680u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[11680u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[11680u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_2 (matmul, 32 workgroups, train_step.078.blocks0_h_multi_head_attention_grad_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[344328u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[344328u + (v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[344328u + (v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[344328u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[197632u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[197632u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[197632u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[197632u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_3 (matmul, 32 workgroups, train_step.079.blocks0_h_multi_head_attention_grad_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[298240u + v0 * 256u + k * 16u + m0];
      let v2: f32 = work[298240u + v0 * 256u + k * 16u + min(m0 + 1u, 15u)];
      let v3: f32 = work[298240u + v0 * 256u + k * 16u + min(m0 + 2u, 15u)];
      let v4: f32 = work[298240u + v0 * 256u + k * 16u + min(m0 + 3u, 15u)];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[344328u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[344328u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[344328u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[344328u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[197632u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[197632u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[197632u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[197632u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[197632u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[197632u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[197632u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[197632u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[197632u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[197632u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[197632u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[197632u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[197632u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[197632u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[197632u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[197632u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_sum_1 (reduce, 32 workgroups, train_step.080.blocks0_h_multi_head_attention_grad_sum_1.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_sum_1: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[230400u + (r / 16u) * 256u + (r % 16u) * 16u + j] * work[298240u + (r / 16u) * 256u + (r % 16u) * 16u + j]);
      let v3: f32 = (v2 / work[296192u + (r / 16u) * 16u + (r % 16u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    for (var j = 0u; j < 16u + opaque; j++) {
      let v5: f32 = (work[230400u + (r / 16u) * 256u + (r % 16u) * 16u + j] / work[296192u + (r / 16u) * 16u + (r % 16u)]);
      let v6: f32 = (v5 + acc0);
      let v7: f32 = (v6 * work[263424u + (r / 16u) * 256u + (r % 16u) * 16u + j]);
      let v8: f32 = select(0.0f, v7, work[263168u + (r % 16u) * 16u + j] != 0.0f);
      let v9: f32 = (v8 * 0.25f);
      work[344328u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v9;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_4 (matmul, 32 workgroups, train_step.081.blocks0_h_multi_head_attention_grad_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[344328u + v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[344328u + v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[344328u + v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[344328u + v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[164864u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[164864u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[164864u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[164864u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[230400u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_5 (matmul, 32 workgroups, train_step.082.blocks0_h_multi_head_attention_grad_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[344328u + v0 * 256u + k * 16u + m0];
      let v2: f32 = work[344328u + v0 * 256u + k * 16u + min(m0 + 1u, 15u)];
      let v3: f32 = work[344328u + v0 * 256u + k * 16u + min(m0 + 2u, 15u)];
      let v4: f32 = work[344328u + v0 * 256u + k * 16u + min(m0 + 3u, 15u)];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[132096u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[132096u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[132096u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[132096u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[164864u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[164864u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[164864u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[164864u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[164864u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[164864u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[164864u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[164864u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[164864u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[164864u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[164864u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[164864u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[164864u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[164864u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[164864u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[164864u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_sum_2 (reduce, 1 workgroups, train_step.083.blocks0_h_multi_head_attention_grad_sum_2.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_sum_2: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: u32 = (v2 / 512u) * 512u + ((v2 / 16u) % 2u) * 256u + ((v2 / 32u) % 16u) * 16u + (v2 % 16u);
      let v4: f32 = work[197632u + (v3 / 256u) * 256u + ((v3 / 16u) % 16u) * 16u + (v3 % 16u)];
      acc0 += v4;
    }
    work[12704u + r] = acc0;
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_6 (matmul, 32 workgroups, train_step.084.blocks0_h_multi_head_attention_grad_matmul_6.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_6: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[197632u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[197632u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[197632u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[197632u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[4736u + n0 * 32u + k];
      let v13: f32 = params[4736u + min(n0 + 1u, 31u) * 32u + k];
      let v14: f32 = params[4736u + min(n0 + 2u, 31u) * 32u + k];
      let v15: f32 = params[4736u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[132096u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[132096u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[132096u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[132096u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[132096u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[132096u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[132096u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[132096u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[132096u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[132096u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[132096u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[132096u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[132096u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[132096u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[132096u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[132096u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_7 (matmul, 1 workgroups, train_step.085.blocks0_h_multi_head_attention_grad_matmul_7.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_7: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[99328u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[99328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[99328u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[99328u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 32u + n0;
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 2u) * 256u + ((v8 / 32u) % 16u) * 16u + (v8 % 16u);
      let v10: f32 = work[197632u + (v9 / 256u) * 256u + ((v9 / 16u) % 16u) * 16u + (v9 % 16u)];
      let v11: u32 = k * 32u + min(n0 + 1u, 31u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 2u) * 256u + ((v11 / 32u) % 16u) * 16u + (v11 % 16u);
      let v13: f32 = work[197632u + (v12 / 256u) * 256u + ((v12 / 16u) % 16u) * 16u + (v12 % 16u)];
      let v14: u32 = k * 32u + min(n0 + 2u, 31u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 2u) * 256u + ((v14 / 32u) % 16u) * 16u + (v14 % 16u);
      let v16: f32 = work[197632u + (v15 / 256u) * 256u + ((v15 / 16u) % 16u) * 16u + (v15 % 16u)];
      let v17: u32 = k * 32u + min(n0 + 3u, 31u);
      let v18: u32 = (v17 / 512u) * 512u + ((v17 / 16u) % 2u) * 256u + ((v17 / 32u) % 16u) * 16u + (v17 % 16u);
      let v19: f32 = work[197632u + (v18 / 256u) * 256u + ((v18 / 16u) % 16u) * 16u + (v18 % 16u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[12736u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[12736u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[12736u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[12736u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[12736u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[12736u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[12736u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[12736u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[12736u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[12736u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[12736u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[12736u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[12736u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[12736u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[12736u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[12736u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_sum_3 (reduce, 1 workgroups, train_step.086.blocks0_h_multi_head_attention_grad_sum_3.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_sum_3: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: u32 = (v2 / 512u) * 512u + ((v2 / 16u) % 2u) * 256u + ((v2 / 32u) % 16u) * 16u + (v2 % 16u);
      let v4: f32 = work[164864u + (v3 / 256u) * 256u + ((v3 / 16u) % 16u) * 16u + (v3 % 16u)];
      acc0 += v4;
    }
    work[13760u + r] = acc0;
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_8 (matmul, 32 workgroups, train_step.087.blocks0_h_multi_head_attention_grad_matmul_8.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_8: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[164864u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[164864u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[164864u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[164864u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[3680u + n0 * 32u + k];
      let v13: f32 = params[3680u + min(n0 + 1u, 31u) * 32u + k];
      let v14: f32 = params[3680u + min(n0 + 2u, 31u) * 32u + k];
      let v15: f32 = params[3680u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[197632u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[197632u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[197632u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[197632u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[197632u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[197632u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[197632u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[197632u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[197632u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[197632u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[197632u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[197632u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[197632u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[197632u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[197632u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[197632u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_9 (matmul, 1 workgroups, train_step.088.blocks0_h_multi_head_attention_grad_matmul_9.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_9: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[99328u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[99328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[99328u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[99328u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 32u + n0;
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 2u) * 256u + ((v8 / 32u) % 16u) * 16u + (v8 % 16u);
      let v10: f32 = work[164864u + (v9 / 256u) * 256u + ((v9 / 16u) % 16u) * 16u + (v9 % 16u)];
      let v11: u32 = k * 32u + min(n0 + 1u, 31u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 2u) * 256u + ((v11 / 32u) % 16u) * 16u + (v11 % 16u);
      let v13: f32 = work[164864u + (v12 / 256u) * 256u + ((v12 / 16u) % 16u) * 16u + (v12 % 16u)];
      let v14: u32 = k * 32u + min(n0 + 2u, 31u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 2u) * 256u + ((v14 / 32u) % 16u) * 16u + (v14 % 16u);
      let v16: f32 = work[164864u + (v15 / 256u) * 256u + ((v15 / 16u) % 16u) * 16u + (v15 % 16u)];
      let v17: u32 = k * 32u + min(n0 + 3u, 31u);
      let v18: u32 = (v17 / 512u) * 512u + ((v17 / 16u) % 2u) * 256u + ((v17 / 32u) % 16u) * 16u + (v17 % 16u);
      let v19: f32 = work[164864u + (v18 / 256u) * 256u + ((v18 / 16u) % 16u) * 16u + (v18 % 16u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[13792u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[13792u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[13792u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[13792u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[13792u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[13792u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[13792u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[13792u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[13792u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[13792u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[13792u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[13792u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[13792u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[13792u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[13792u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[13792u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_sum_4 (reduce, 1 workgroups, train_step.089.blocks0_h_multi_head_attention_grad_sum_4.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_sum_4: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = j * 32u + r;
      let v3: u32 = (v2 / 512u) * 512u + ((v2 / 16u) % 2u) * 256u + ((v2 / 32u) % 16u) * 16u + (v2 % 16u);
      let v4: f32 = work[230400u + (v3 / 256u) * 256u + ((v3 / 16u) % 16u) * 16u + (v3 % 16u)];
      acc0 += v4;
    }
    work[14816u + r] = acc0;
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_10 (matmul, 32 workgroups, train_step.090.blocks0_h_multi_head_attention_grad_matmul_10.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_10: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[230400u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[230400u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[230400u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[230400u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[2624u + n0 * 32u + k];
      let v13: f32 = params[2624u + min(n0 + 1u, 31u) * 32u + k];
      let v14: f32 = params[2624u + min(n0 + 2u, 31u) * 32u + k];
      let v15: f32 = params[2624u + min(n0 + 3u, 31u) * 32u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[164864u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[164864u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[164864u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[164864u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[164864u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[164864u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[164864u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[164864u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[164864u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[164864u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[164864u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[164864u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[164864u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[164864u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[164864u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[164864u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_grad_matmul_11 (matmul, 1 workgroups, train_step.091.blocks0_h_multi_head_attention_grad_matmul_11.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_grad_matmul_11: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 64u; t += stride) {
    let rem = t % 64u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1024u + opaque; k++) {
      let v0: u32 = k * 32u + m0;
      let v1: f32 = work[99328u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = k * 32u + min(m0 + 1u, 31u);
      let v3: f32 = work[99328u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = k * 32u + min(m0 + 2u, 31u);
      let v5: f32 = work[99328u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 32u + min(m0 + 3u, 31u);
      let v7: f32 = work[99328u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: u32 = k * 32u + n0;
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 2u) * 256u + ((v8 / 32u) % 16u) * 16u + (v8 % 16u);
      let v10: f32 = work[230400u + (v9 / 256u) * 256u + ((v9 / 16u) % 16u) * 16u + (v9 % 16u)];
      let v11: u32 = k * 32u + min(n0 + 1u, 31u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 2u) * 256u + ((v11 / 32u) % 16u) * 16u + (v11 % 16u);
      let v13: f32 = work[230400u + (v12 / 256u) * 256u + ((v12 / 16u) % 16u) * 16u + (v12 % 16u)];
      let v14: u32 = k * 32u + min(n0 + 2u, 31u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 2u) * 256u + ((v14 / 32u) % 16u) * 16u + (v14 % 16u);
      let v16: f32 = work[230400u + (v15 / 256u) * 256u + ((v15 / 16u) % 16u) * 16u + (v15 % 16u)];
      let v17: u32 = k * 32u + min(n0 + 3u, 31u);
      let v18: u32 = (v17 / 512u) * 512u + ((v17 / 16u) % 2u) * 256u + ((v17 / 32u) % 16u) * 16u + (v17 % 16u);
      let v19: f32 = work[230400u + (v18 / 256u) * 256u + ((v18 / 16u) % 16u) * 16u + (v18 % 16u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 32u) {
      work[14848u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 32u) {
      work[14848u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 32u) {
      work[14848u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 32u) {
      work[14848u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 32u) {
      work[14848u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 32u) {
      work[14848u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 32u) {
      work[14848u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 32u) {
      work[14848u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 32u) {
      work[14848u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 32u) {
      work[14848u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 32u) {
      work[14848u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 32u) {
      work[14848u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 32u) {
      work[14848u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 32u) {
      work[14848u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 32u) {
      work[14848u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 32u) {
      work[14848u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_layer_norm_grad_sum (reduce, 1 workgroups, train_step.092.blocks0_h_layer_norm_grad_sum.wgsl) from specs/names-gpt.model:15
// blocks0_h_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v2: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v3: f32 = work[132096u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v5: f32 = work[197632u + (v4 / 32u) * 32u + (v4 % 32u)];
      let v6: f32 = (v3 + v5);
      let v7: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v8: f32 = work[164864u + (v7 / 32u) * 32u + (v7 % 32u)];
      let v9: f32 = (v6 + v8);
      acc0 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v12: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v13: f32 = work[132096u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v15: f32 = work[197632u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: f32 = (v13 + v15);
      let v17: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v18: f32 = work[164864u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: f32 = (v16 + v18);
      let v20: f32 = (v19 * work[66560u + (j / 16u) * 512u + (j % 16u) * 32u + r]);
      acc10 += v20;
    }
    work[15872u + r] = acc0;
    work[15904u + r] = acc10;
    for (var j = 0u; j < 1024u + opaque; j++) {
      let v21: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v22: f32 = work[132096u + (v21 / 32u) * 32u + (v21 % 32u)];
      let v23: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v24: f32 = work[197632u + (v23 / 32u) * 32u + (v23 % 32u)];
      let v25: f32 = (v22 + v24);
      let v26: u32 = (j / 16u) * 512u + (j % 16u) * 32u + r;
      let v27: f32 = work[164864u + (v26 / 32u) * 32u + (v26 % 32u)];
      let v28: f32 = (v25 + v27);
      let v29: f32 = params[2560u + r];
      let v30: f32 = (v28 * v29);
      work[99328u + (j / 16u) * 512u + (j % 16u) * 32u + r] = v30;
    }
  }
}
// ---- pos_grad_sum (reduce, 16 workgroups, train_step.093.pos_grad_sum.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:16, specs/names-gpt.model:21
// pos_grad_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:16, specs/names-gpt.model:21
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: f32 = (work[99328u + (r / 16u) * 512u + (r % 16u) * 32u + j] * work[66560u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v3: f32 = (v2 / work[65536u + (r / 16u) * 16u + (r % 16u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    var acc5: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v7: f32 = (work[99328u + (r / 16u) * 512u + (r % 16u) * 32u + j] / work[65536u + (r / 16u) * 16u + (r % 16u)]);
      let v8: f32 = (acc0 * 0.5f);
      let v9: f32 = (v8 / work[65536u + (r / 16u) * 16u + (r % 16u)]);
      let v10: f32 = (v9 * 0.03125f);
      let v11: f32 = (v10 * work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v12: f32 = (v7 + v11);
      let v13: f32 = (v12 + v11);
      let v14: f32 = (-v13);
      acc5 += v14;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v15: f32 = (work[99328u + (r / 16u) * 512u + (r % 16u) * 32u + j] / work[65536u + (r / 16u) * 16u + (r % 16u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[65536u + (r / 16u) * 16u + (r % 16u)]);
      let v18: f32 = (v17 * 0.03125f);
      let v19: f32 = (v18 * work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (work[463104u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v21);
      let v23: f32 = (acc5 * 0.03125f);
      let v24: f32 = (v22 + v23);
      work[132096u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v24;
    }
  }
}
// ---- pos_grad_sum_1 (reduce, 8 workgroups, train_step.094.pos_grad_sum_1.wgsl) from specs/names-gpt.model:21
// pos_grad_sum_1: reduce kernel (mdlc)
// from specs/names-gpt.model:21
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 512u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      acc0 += work[132096u + j * 512u + (r / 32u) * 32u + (r % 32u)];
    }
    work[15936u + (r / 32u) * 32u + (r % 32u)] = acc0;
  }
}
// ---- tok_grad_scatter (scatter, 1 workgroups, train_step.095.tok_grad_scatter.wgsl) from specs/names-gpt.model:20
// tok_grad_scatter: scatter kernel (mdlc)
// from specs/names-gpt.model:20
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var v = gid.x; v < 64u; v += stride) {
    for (var d = 0u; d < 32u; d++) {
      work[16448u + v * 32u + d] = 0.0f;
    }
    for (var i = 0u; i < 1024u; i++) {
      if (bitcast<i32>(data[(i / 16u) * 16u + (i % 16u)]) == i32(v)) {
        for (var d = 0u; d < 32u; d++) {
          work[16448u + v * 32u + d] = work[16448u + v * 32u + d] + work[132096u + (i / 16u) * 512u + (i % 16u) * 32u + d];
        }
      }
    }
  }
}
// ---- optimizer_sum (elementwise, 1 workgroups, train_step.096.optimizer_sum.wgsl) from 
// optimizer_sum: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 2048u + opaque; j++) {
        let s0_v2: f32 = (work[16448u + (j / 32u) * 32u + (j % 32u)] * work[16448u + (j / 32u) * 32u + (j % 32u)]);
        s0_acc0 += s0_v2;
      }
      work[18496u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v2: f32 = work[15904u + (j % 32u)];
        let s1_v3: f32 = (s1_v2 * s1_v2);
        s1_acc0 += s1_v3;
      }
      work[18504u] = s1_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s2_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s2_v2: f32 = work[15872u + (j % 32u)];
        let s2_v3: f32 = (s2_v2 * s2_v2);
        s2_acc0 += s2_v3;
      }
      work[18508u] = s2_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s3_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s3_v2: f32 = (work[14848u + (j / 32u) * 32u + (j % 32u)] * work[14848u + (j / 32u) * 32u + (j % 32u)]);
        s3_acc0 += s3_v2;
      }
      work[18512u] = s3_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s4_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s4_v2: f32 = work[14816u + (j % 32u)];
        let s4_v3: f32 = (s4_v2 * s4_v2);
        s4_acc0 += s4_v3;
      }
      work[18516u] = s4_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s5_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s5_v2: f32 = (work[13792u + (j / 32u) * 32u + (j % 32u)] * work[13792u + (j / 32u) * 32u + (j % 32u)]);
        s5_acc0 += s5_v2;
      }
      work[18520u] = s5_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s6_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s6_v2: f32 = work[13760u + (j % 32u)];
        let s6_v3: f32 = (s6_v2 * s6_v2);
        s6_acc0 += s6_v3;
      }
      work[18524u] = s6_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s7_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s7_v2: f32 = (work[12736u + (j / 32u) * 32u + (j % 32u)] * work[12736u + (j / 32u) * 32u + (j % 32u)]);
        s7_acc0 += s7_v2;
      }
      work[18528u] = s7_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s8_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s8_v2: f32 = work[12704u + (j % 32u)];
        let s8_v3: f32 = (s8_v2 * s8_v2);
        s8_acc0 += s8_v3;
      }
      work[18532u] = s8_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s9_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s9_v2: f32 = (work[11680u + (j / 32u) * 32u + (j % 32u)] * work[11680u + (j / 32u) * 32u + (j % 32u)]);
        s9_acc0 += s9_v2;
      }
      work[18536u] = s9_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s10_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s10_v2: f32 = work[11648u + (j % 32u)];
        let s10_v3: f32 = (s10_v2 * s10_v2);
        s10_acc0 += s10_v3;
      }
      work[18540u] = s10_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s11_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s11_v2: f32 = work[11616u + (j % 32u)];
        let s11_v3: f32 = (s11_v2 * s11_v2);
        s11_acc0 += s11_v3;
      }
      work[18544u] = s11_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s12_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s12_v2: f32 = work[11584u + (j % 32u)];
        let s12_v3: f32 = (s12_v2 * s12_v2);
        s12_acc0 += s12_v3;
      }
      work[18548u] = s12_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s13_acc0: f32 = 0.0f;
      for (var j = 0u; j < 4096u + opaque; j++) {
        let s13_v2: f32 = (work[7488u + (j / 128u) * 128u + (j % 128u)] * work[7488u + (j / 128u) * 128u + (j % 128u)]);
        s13_acc0 += s13_v2;
      }
      work[18552u] = s13_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s14_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s14_v2: f32 = work[7360u + (j % 128u)];
        let s14_v3: f32 = (s14_v2 * s14_v2);
        s14_acc0 += s14_v3;
      }
      work[18556u] = s14_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s15_acc0: f32 = 0.0f;
      for (var j = 0u; j < 4096u + opaque; j++) {
        let s15_v2: f32 = (work[3264u + (j / 32u) * 32u + (j % 32u)] * work[3264u + (j / 32u) * 32u + (j % 32u)]);
        s15_acc0 += s15_v2;
      }
      work[18560u] = s15_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s16_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s16_v2: f32 = work[3232u + (j % 32u)];
        let s16_v3: f32 = (s16_v2 * s16_v2);
        s16_acc0 += s16_v3;
      }
      work[18564u] = s16_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s17_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s17_v2: f32 = work[3200u + (j % 32u)];
        let s17_v3: f32 = (s17_v2 * s17_v2);
        s17_acc0 += s17_v3;
      }
      work[18568u] = s17_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s18_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s18_v2: f32 = work[3168u + (j % 32u)];
        let s18_v3: f32 = (s18_v2 * s18_v2);
        s18_acc0 += s18_v3;
      }
      work[18572u] = s18_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s19_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s19_v2: f32 = (work[2144u + (j / 32u) * 32u + (j % 32u)] * work[2144u + (j / 32u) * 32u + (j % 32u)]);
        s19_acc0 += s19_v2;
      }
      work[18576u] = s19_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s20_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s20_v2: f32 = work[2112u + (j % 32u)];
        let s20_v3: f32 = (s20_v2 * s20_v2);
        s20_acc0 += s20_v3;
      }
      work[18580u] = s20_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s21_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s21_v2: f32 = (work[1088u + (j / 32u) * 32u + (j % 32u)] * work[1088u + (j / 32u) * 32u + (j % 32u)]);
        s21_acc0 += s21_v2;
      }
      work[18584u] = s21_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s22_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s22_v2: f32 = work[1056u + (j % 32u)];
        let s22_v3: f32 = (s22_v2 * s22_v2);
        s22_acc0 += s22_v3;
      }
      work[18588u] = s22_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s23_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s23_v2: f32 = (work[32u + (j / 32u) * 32u + (j % 32u)] * work[32u + (j / 32u) * 32u + (j % 32u)]);
        s23_acc0 += s23_v2;
      }
      work[18592u] = s23_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s24_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s24_v2: f32 = work[(j % 32u)];
        let s24_v3: f32 = (s24_v2 * s24_v2);
        s24_acc0 += s24_v3;
      }
      work[18596u] = s24_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s25_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1024u + opaque; j++) {
        let s25_v2: f32 = (work[343304u + (j / 32u) * 32u + (j % 32u)] * work[343304u + (j / 32u) * 32u + (j % 32u)]);
        s25_acc0 += s25_v2;
      }
      work[18600u] = s25_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s26_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s26_v2: f32 = work[331296u + (j % 32u)];
        let s26_v3: f32 = (s26_v2 * s26_v2);
        s26_acc0 += s26_v3;
      }
      work[18604u] = s26_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s27_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s27_v2: f32 = work[331264u + (j % 32u)];
        let s27_v3: f32 = (s27_v2 * s27_v2);
        s27_acc0 += s27_v3;
      }
      work[18608u] = s27_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s28_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s28_v2: f32 = work[331232u + (j % 32u)];
        let s28_v3: f32 = (s28_v2 * s28_v2);
        s28_acc0 += s28_v3;
      }
      work[18612u] = s28_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s29_acc0: f32 = 0.0f;
      for (var j = 0u; j < 4096u + opaque; j++) {
        let s29_v2: f32 = (work[339208u + (j / 128u) * 128u + (j % 128u)] * work[339208u + (j / 128u) * 128u + (j % 128u)]);
        s29_acc0 += s29_v2;
      }
      work[18616u] = s29_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s30_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s30_v2: f32 = work[331104u + (j % 128u)];
        let s30_v3: f32 = (s30_v2 * s30_v2);
        s30_acc0 += s30_v3;
      }
      work[18620u] = s30_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s31_acc0: f32 = 0.0f;
      for (var j = 0u; j < 4096u + opaque; j++) {
        let s31_v2: f32 = (work[335112u + (j / 32u) * 32u + (j % 32u)] * work[335112u + (j / 32u) * 32u + (j % 32u)]);
        s31_acc0 += s31_v2;
      }
      work[18624u] = s31_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s32_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s32_v2: f32 = work[331072u + (j % 32u)];
        let s32_v3: f32 = (s32_v2 * s32_v2);
        s32_acc0 += s32_v3;
      }
      work[18628u] = s32_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s33_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s33_v2: f32 = work[331040u + (j % 32u)];
        let s33_v3: f32 = (s33_v2 * s33_v2);
        s33_acc0 += s33_v3;
      }
      work[18632u] = s33_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s34_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s34_v2: f32 = work[331008u + (j % 32u)];
        let s34_v3: f32 = (s34_v2 * s34_v2);
        s34_acc0 += s34_v3;
      }
      work[18636u] = s34_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s35_acc0: f32 = 0.0f;
      for (var j = 0u; j < 2048u + opaque; j++) {
        let s35_v2: f32 = (work[333064u + (j / 64u) * 64u + (j % 64u)] * work[333064u + (j / 64u) * 64u + (j % 64u)]);
        s35_acc0 += s35_v2;
      }
      work[18640u] = s35_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s36_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        let s36_v2: f32 = work[332048u + (j % 64u)];
        let s36_v3: f32 = (s36_v2 * s36_v2);
        s36_acc0 += s36_v3;
      }
      work[18644u] = s36_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s37_v0: f32 = (state[0u] + 1.0f);
      state[0u] = s37_v0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s38_acc0: f32 = 0.0f;
      for (var j = 0u; j < 512u + opaque; j++) {
        let s38_v2: u32 = (j / 32u) * 32u + (j % 32u);
        let s38_v3: f32 = work[15936u + ((s38_v2 / 32u) % 16u) * 32u + (s38_v2 % 32u)];
        let s38_v4: f32 = (s38_v3 * s38_v3);
        s38_acc0 += s38_v4;
      }
      work[18500u] = s38_acc0;
      for (var j = 0u; j < 512u + opaque; j++) {
        let s38_v5: f32 = (state[4140u + (j / 32u) * 32u + (j % 32u)] * 0.8999999761581421f);
        let s38_v6: u32 = (j / 32u) * 32u + (j % 32u);
        let s38_v7: f32 = work[15936u + ((s38_v6 / 32u) % 16u) * 32u + (s38_v6 % 32u)];
        let s38_v8: f32 = work[18496u];
        let s38_v9: f32 = (s38_v8 + s38_acc0);
        let s38_v10: f32 = work[18504u];
        let s38_v11: f32 = (s38_v9 + s38_v10);
        let s38_v12: f32 = work[18508u];
        let s38_v13: f32 = (s38_v11 + s38_v12);
        let s38_v14: f32 = work[18512u];
        let s38_v15: f32 = (s38_v13 + s38_v14);
        let s38_v16: f32 = work[18516u];
        let s38_v17: f32 = (s38_v15 + s38_v16);
        let s38_v18: f32 = work[18520u];
        let s38_v19: f32 = (s38_v17 + s38_v18);
        let s38_v20: f32 = work[18524u];
        let s38_v21: f32 = (s38_v19 + s38_v20);
        let s38_v22: f32 = work[18528u];
        let s38_v23: f32 = (s38_v21 + s38_v22);
        let s38_v24: f32 = work[18532u];
        let s38_v25: f32 = (s38_v23 + s38_v24);
        let s38_v26: f32 = work[18536u];
        let s38_v27: f32 = (s38_v25 + s38_v26);
        let s38_v28: f32 = work[18540u];
        let s38_v29: f32 = (s38_v27 + s38_v28);
        let s38_v30: f32 = work[18544u];
        let s38_v31: f32 = (s38_v29 + s38_v30);
        let s38_v32: f32 = work[18548u];
        let s38_v33: f32 = (s38_v31 + s38_v32);
        let s38_v34: f32 = work[18552u];
        let s38_v35: f32 = (s38_v33 + s38_v34);
        let s38_v36: f32 = work[18556u];
        let s38_v37: f32 = (s38_v35 + s38_v36);
        let s38_v38: f32 = work[18560u];
        let s38_v39: f32 = (s38_v37 + s38_v38);
        let s38_v40: f32 = work[18564u];
        let s38_v41: f32 = (s38_v39 + s38_v40);
        let s38_v42: f32 = work[18568u];
        let s38_v43: f32 = (s38_v41 + s38_v42);
        let s38_v44: f32 = work[18572u];
        let s38_v45: f32 = (s38_v43 + s38_v44);
        let s38_v46: f32 = work[18576u];
        let s38_v47: f32 = (s38_v45 + s38_v46);
        let s38_v48: f32 = work[18580u];
        let s38_v49: f32 = (s38_v47 + s38_v48);
        let s38_v50: f32 = work[18584u];
        let s38_v51: f32 = (s38_v49 + s38_v50);
        let s38_v52: f32 = work[18588u];
        let s38_v53: f32 = (s38_v51 + s38_v52);
        let s38_v54: f32 = work[18592u];
        let s38_v55: f32 = (s38_v53 + s38_v54);
        let s38_v56: f32 = work[18596u];
        let s38_v57: f32 = (s38_v55 + s38_v56);
        let s38_v58: f32 = work[18600u];
        let s38_v59: f32 = (s38_v57 + s38_v58);
        let s38_v60: f32 = work[18604u];
        let s38_v61: f32 = (s38_v59 + s38_v60);
        let s38_v62: f32 = work[18608u];
        let s38_v63: f32 = (s38_v61 + s38_v62);
        let s38_v64: f32 = work[18612u];
        let s38_v65: f32 = (s38_v63 + s38_v64);
        let s38_v66: f32 = work[18616u];
        let s38_v67: f32 = (s38_v65 + s38_v66);
        let s38_v68: f32 = work[18620u];
        let s38_v69: f32 = (s38_v67 + s38_v68);
        let s38_v70: f32 = work[18624u];
        let s38_v71: f32 = (s38_v69 + s38_v70);
        let s38_v72: f32 = work[18628u];
        let s38_v73: f32 = (s38_v71 + s38_v72);
        let s38_v74: f32 = work[18632u];
        let s38_v75: f32 = (s38_v73 + s38_v74);
        let s38_v76: f32 = work[18636u];
        let s38_v77: f32 = (s38_v75 + s38_v76);
        let s38_v78: f32 = work[18640u];
        let s38_v79: f32 = (s38_v77 + s38_v78);
        let s38_v80: f32 = work[18644u];
        let s38_v81: f32 = (s38_v79 + s38_v80);
        let s38_v82: f32 = sqrt(s38_v81);
        let s38_v83: f32 = max(s38_v82, 1.0f);
        let s38_v84: f32 = (1.0f / s38_v83);
        let s38_v85: f32 = (s38_v7 * s38_v84);
        let s38_v86: f32 = (s38_v85 * 0.10000000149011612f);
        let s38_v87: f32 = (s38_v5 + s38_v86);
        state[4140u + (j / 32u) * 32u + (j % 32u)] = s38_v87;
        let s38_v88: f32 = (state[4652u + (j / 32u) * 32u + (j % 32u)] * 0.9990000128746033f);
        let s38_v89: f32 = (s38_v85 * s38_v85);
        let s38_v90: f32 = (s38_v89 * 0.0010000000474974513f);
        let s38_v91: f32 = (s38_v88 + s38_v90);
        state[4652u + (j / 32u) * 32u + (j % 32u)] = s38_v91;
        let s38_v92: f32 = (state[0u] * (-0.10536051541566849f));
        let s38_v93: f32 = abs(s38_v92);
        let s38_v94: f32 = select(0.0f, 1.0f, s38_v93 < 0.10000000149011612f);
        let s38_v95: f32 = exp(s38_v92);
        let s38_v96: f32 = (1.0f - s38_v95);
        let s38_v97: f32 = (0.008333333767950535f * s38_v92);
        let s38_v98: f32 = (s38_v97 + 0.0416666679084301f);
        let s38_v99: f32 = (s38_v98 * s38_v92);
        let s38_v100: f32 = (s38_v99 + 0.1666666716337204f);
        let s38_v101: f32 = (s38_v100 * s38_v92);
        let s38_v102: f32 = (s38_v101 + 0.5f);
        let s38_v103: f32 = (s38_v102 * s38_v92);
        let s38_v104: f32 = (s38_v103 + 1.0f);
        let s38_v105: f32 = (s38_v92 * s38_v104);
        let s38_v106: f32 = (-s38_v105);
        let s38_v107: f32 = select(s38_v96, s38_v106, s38_v94 != 0.0f);
        let s38_v108: f32 = (s38_v87 / s38_v107);
        let s38_v109: f32 = (state[0u] * (-0.0010005002841353416f));
        let s38_v110: f32 = abs(s38_v109);
        let s38_v111: f32 = select(0.0f, 1.0f, s38_v110 < 0.10000000149011612f);
        let s38_v112: f32 = exp(s38_v109);
        let s38_v113: f32 = (1.0f - s38_v112);
        let s38_v114: f32 = (0.008333333767950535f * s38_v109);
        let s38_v115: f32 = (s38_v114 + 0.0416666679084301f);
        let s38_v116: f32 = (s38_v115 * s38_v109);
        let s38_v117: f32 = (s38_v116 + 0.1666666716337204f);
        let s38_v118: f32 = (s38_v117 * s38_v109);
        let s38_v119: f32 = (s38_v118 + 0.5f);
        let s38_v120: f32 = (s38_v119 * s38_v109);
        let s38_v121: f32 = (s38_v120 + 1.0f);
        let s38_v122: f32 = (s38_v109 * s38_v121);
        let s38_v123: f32 = (-s38_v122);
        let s38_v124: f32 = select(s38_v113, s38_v123, s38_v111 != 0.0f);
        let s38_v125: f32 = (s38_v91 / s38_v124);
        let s38_v126: f32 = sqrt(s38_v125);
        let s38_v127: f32 = (s38_v126 + 1.0000000116860974e-7f);
        let s38_v128: f32 = (s38_v108 / s38_v127);
        let s38_v129: f32 = (0.003000000026077032f * s38_v128);
        let s38_v130: f32 = (params[2048u + (j / 32u) * 32u + (j % 32u)] - s38_v129);
        params[2048u + (j / 32u) * 32u + (j % 32u)] = s38_v130;
      }
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ---- optimizer_sub (elementwise, 463 workgroups, train_step.097.optimizer_sub.wgsl) from specs/names-gpt.model:26, specs/names-gpt.model:16, specs/names-gpt.model:15, specs/names-gpt.model:17, specs/names-gpt.model:23
// optimizer_sub: elementwise kernel (mdlc)
// from specs/names-gpt.model:26, specs/names-gpt.model:16, specs/names-gpt.model:15, specs/names-gpt.model:17, specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 37> = array<u32, 37>(0u, 2560u, 2592u, 2624u, 3648u, 3680u, 4704u, 4736u, 5760u, 5792u, 6816u, 6848u, 6880u, 6912u, 11008u, 11136u, 15232u, 15264u, 15296u, 15328u, 16352u, 16384u, 17408u, 17440u, 18464u, 18496u, 19520u, 19552u, 19584u, 19616u, 23712u, 23840u, 27936u, 27968u, 28000u, 28032u, 30080u);
var<private> base1: array<u32, 37> = array<u32, 37>(16448u, 15904u, 15872u, 14848u, 14816u, 13792u, 13760u, 12736u, 12704u, 11680u, 11648u, 11616u, 11584u, 7488u, 7360u, 3264u, 3232u, 3200u, 3168u, 2144u, 2112u, 1088u, 1056u, 32u, 0u, 343304u, 331296u, 331264u, 331232u, 339208u, 331104u, 335112u, 331072u, 331040u, 331008u, 333064u, 332048u);
var<private> base2: array<u32, 37> = array<u32, 37>(44u, 5164u, 5228u, 5292u, 7340u, 7404u, 9452u, 9516u, 11564u, 11628u, 13676u, 13740u, 13804u, 13868u, 22060u, 22316u, 30508u, 30572u, 30636u, 30700u, 32748u, 32812u, 34860u, 34924u, 36972u, 37036u, 39084u, 39148u, 39212u, 39276u, 47468u, 47724u, 55916u, 55980u, 56044u, 56108u, 60204u);
var<private> base3: array<u32, 37> = array<u32, 37>(44u, 5164u, 5228u, 5292u, 7340u, 7404u, 9452u, 9516u, 11564u, 11628u, 13676u, 13740u, 13804u, 13868u, 22060u, 22316u, 30508u, 30572u, 30636u, 30700u, 32748u, 32812u, 34860u, 34924u, 36972u, 37036u, 39084u, 39148u, 39212u, 39276u, 47468u, 47724u, 55916u, 55980u, 56044u, 56108u, 60204u);
var<private> base4: array<u32, 37> = array<u32, 37>(2092u, 5196u, 5260u, 6316u, 7372u, 8428u, 9484u, 10540u, 11596u, 12652u, 13708u, 13772u, 13836u, 17964u, 22188u, 26412u, 30540u, 30604u, 30668u, 31724u, 32780u, 33836u, 34892u, 35948u, 37004u, 38060u, 39116u, 39180u, 39244u, 43372u, 47596u, 51820u, 55948u, 56012u, 56076u, 58156u, 60268u);
var<private> base5: array<u32, 37> = array<u32, 37>(2092u, 5196u, 5260u, 6316u, 7372u, 8428u, 9484u, 10540u, 11596u, 12652u, 13708u, 13772u, 13836u, 17964u, 22188u, 26412u, 30540u, 30604u, 30668u, 31724u, 32780u, 33836u, 34892u, 35948u, 37004u, 38060u, 39116u, 39180u, 39244u, 43372u, 47596u, 51820u, 55948u, 56012u, 56076u, 58156u, 60268u);
var<private> base6: array<u32, 37> = array<u32, 37>(0u, 2560u, 2592u, 2624u, 3648u, 3680u, 4704u, 4736u, 5760u, 5792u, 6816u, 6848u, 6880u, 6912u, 11008u, 11136u, 15232u, 15264u, 15296u, 15328u, 16352u, 16384u, 17408u, 17440u, 18464u, 18496u, 19520u, 19552u, 19584u, 19616u, 23712u, 23840u, 27936u, 27968u, 28000u, 28032u, 30080u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 29632u; i += stride) {
    var seg = 0u;
    if (i >= 2048u) { seg = 1u; }
    if (i >= 2080u) { seg = 2u; }
    if (i >= 2112u) { seg = 3u; }
    if (i >= 3136u) { seg = 4u; }
    if (i >= 3168u) { seg = 5u; }
    if (i >= 4192u) { seg = 6u; }
    if (i >= 4224u) { seg = 7u; }
    if (i >= 5248u) { seg = 8u; }
    if (i >= 5280u) { seg = 9u; }
    if (i >= 6304u) { seg = 10u; }
    if (i >= 6336u) { seg = 11u; }
    if (i >= 6368u) { seg = 12u; }
    if (i >= 6400u) { seg = 13u; }
    if (i >= 10496u) { seg = 14u; }
    if (i >= 10624u) { seg = 15u; }
    if (i >= 14720u) { seg = 16u; }
    if (i >= 14752u) { seg = 17u; }
    if (i >= 14784u) { seg = 18u; }
    if (i >= 14816u) { seg = 19u; }
    if (i >= 15840u) { seg = 20u; }
    if (i >= 15872u) { seg = 21u; }
    if (i >= 16896u) { seg = 22u; }
    if (i >= 16928u) { seg = 23u; }
    if (i >= 17952u) { seg = 24u; }
    if (i >= 17984u) { seg = 25u; }
    if (i >= 19008u) { seg = 26u; }
    if (i >= 19040u) { seg = 27u; }
    if (i >= 19072u) { seg = 28u; }
    if (i >= 19104u) { seg = 29u; }
    if (i >= 23200u) { seg = 30u; }
    if (i >= 23328u) { seg = 31u; }
    if (i >= 27424u) { seg = 32u; }
    if (i >= 27456u) { seg = 33u; }
    if (i >= 27488u) { seg = 34u; }
    if (i >= 27520u) { seg = 35u; }
    if (i >= 29568u) { seg = 36u; }
    var starts = array<u32, 37>(0u, 2048u, 2080u, 2112u, 3136u, 3168u, 4192u, 4224u, 5248u, 5280u, 6304u, 6336u, 6368u, 6400u, 10496u, 10624u, 14720u, 14752u, 14784u, 14816u, 15840u, 15872u, 16896u, 16928u, 17952u, 17984u, 19008u, 19040u, 19072u, 19104u, 23200u, 23328u, 27424u, 27456u, 27488u, 27520u, 29568u);
    let j = i - starts[seg];
    let v0: f32 = (state[base2[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (work[18496u] + work[18500u]);
    let v2: f32 = (v1 + work[18504u]);
    let v3: f32 = (v2 + work[18508u]);
    let v4: f32 = (v3 + work[18512u]);
    let v5: f32 = (v4 + work[18516u]);
    let v6: f32 = (v5 + work[18520u]);
    let v7: f32 = (v6 + work[18524u]);
    let v8: f32 = (v7 + work[18528u]);
    let v9: f32 = (v8 + work[18532u]);
    let v10: f32 = (v9 + work[18536u]);
    let v11: f32 = (v10 + work[18540u]);
    let v12: f32 = (v11 + work[18544u]);
    let v13: f32 = (v12 + work[18548u]);
    let v14: f32 = (v13 + work[18552u]);
    let v15: f32 = (v14 + work[18556u]);
    let v16: f32 = (v15 + work[18560u]);
    let v17: f32 = (v16 + work[18564u]);
    let v18: f32 = (v17 + work[18568u]);
    let v19: f32 = (v18 + work[18572u]);
    let v20: f32 = (v19 + work[18576u]);
    let v21: f32 = (v20 + work[18580u]);
    let v22: f32 = (v21 + work[18584u]);
    let v23: f32 = (v22 + work[18588u]);
    let v24: f32 = (v23 + work[18592u]);
    let v25: f32 = (v24 + work[18596u]);
    let v26: f32 = (v25 + work[18600u]);
    let v27: f32 = (v26 + work[18604u]);
    let v28: f32 = (v27 + work[18608u]);
    let v29: f32 = (v28 + work[18612u]);
    let v30: f32 = (v29 + work[18616u]);
    let v31: f32 = (v30 + work[18620u]);
    let v32: f32 = (v31 + work[18624u]);
    let v33: f32 = (v32 + work[18628u]);
    let v34: f32 = (v33 + work[18632u]);
    let v35: f32 = (v34 + work[18636u]);
    let v36: f32 = (v35 + work[18640u]);
    let v37: f32 = (v36 + work[18644u]);
    let v38: f32 = sqrt(v37);
    let v39: f32 = max(v38, 1.0f);
    let v40: f32 = (1.0f / v39);
    let v41: f32 = (work[base1[seg] + j] * v40);
    let v42: f32 = (v41 * 0.10000000149011612f);
    let v43: f32 = (v0 + v42);
    state[base3[seg] + j] = v43;
    let v44: f32 = (state[base4[seg] + j] * 0.9990000128746033f);
    let v45: f32 = (v41 * v41);
    let v46: f32 = (v45 * 0.0010000000474974513f);
    let v47: f32 = (v44 + v46);
    state[base5[seg] + j] = v47;
    let v48: f32 = (state[0u] * (-0.10536051541566849f));
    let v49: f32 = abs(v48);
    let v50: f32 = select(0.0f, 1.0f, v49 < 0.10000000149011612f);
    let v51: f32 = (0.008333333767950535f * v48);
    let v52: f32 = (v51 + 0.0416666679084301f);
    let v53: f32 = (v52 * v48);
    let v54: f32 = (v53 + 0.1666666716337204f);
    let v55: f32 = (v54 * v48);
    let v56: f32 = (v55 + 0.5f);
    let v57: f32 = (v56 * v48);
    let v58: f32 = (v57 + 1.0f);
    let v59: f32 = (v48 * v58);
    let v60: f32 = (-v59);
    let v61: f32 = exp(v48);
    let v62: f32 = (1.0f - v61);
    let v63: f32 = select(v62, v60, v50 != 0.0f);
    let v64: f32 = (v43 / v63);
    let v65: f32 = (state[0u] * (-0.0010005002841353416f));
    let v66: f32 = abs(v65);
    let v67: f32 = select(0.0f, 1.0f, v66 < 0.10000000149011612f);
    let v68: f32 = (0.008333333767950535f * v65);
    let v69: f32 = (v68 + 0.0416666679084301f);
    let v70: f32 = (v69 * v65);
    let v71: f32 = (v70 + 0.1666666716337204f);
    let v72: f32 = (v71 * v65);
    let v73: f32 = (v72 + 0.5f);
    let v74: f32 = (v73 * v65);
    let v75: f32 = (v74 + 1.0f);
    let v76: f32 = (v65 * v75);
    let v77: f32 = (-v76);
    let v78: f32 = exp(v65);
    let v79: f32 = (1.0f - v78);
    let v80: f32 = select(v79, v77, v67 != 0.0f);
    let v81: f32 = (v47 / v80);
    let v82: f32 = sqrt(v81);
    let v83: f32 = (v82 + 1.0000000116860974e-7f);
    let v84: f32 = (v64 / v83);
    let v85: f32 = (0.003000000026077032f * v84);
    let v86: f32 = (params[base0[seg] + j] - v85);
    params[base6[seg] + j] = v86;
  }
}
// ==== eval_step: 31 kernels
// ---- pos_norm (reduce, 16 workgroups, eval_step.000.pos_norm.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:21, specs/names-gpt.model:20
// pos_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:21, specs/names-gpt.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v3: f32 = params[v2 * 32u + j];
      let v4: u32 = (r % 16u) * 32u + j;
      let v5: f32 = params[2048u + (v4 / 32u) * 32u + (v4 % 32u)];
      let v6: f32 = (v3 + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v10: f32 = params[v9 * 32u + j];
      let v11: u32 = (r % 16u) * 32u + j;
      let v12: f32 = params[2048u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: f32 = (v10 + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v18: f32 = params[v17 * 32u + j];
      let v19: u32 = (r % 16u) * 32u + j;
      let v20: f32 = params[2048u + (v19 / 32u) * 32u + (v19 % 32u)];
      let v21: f32 = (v18 + v20);
      work[(r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[2560u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[2592u + j];
      let v31: f32 = (v29 + v30);
      work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul (matmul, 32 workgroups, eval_step.001.blocks0_h_multi_head_attention_matmul.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[32768u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[32768u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[32768u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[32768u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[2624u + k * 32u + n0];
      let v9: f32 = params[2624u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[2624u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[2624u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[3648u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[65536u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[3648u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[65536u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[3648u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[65536u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[3648u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[65536u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[3648u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[65536u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[3648u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[65536u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[3648u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[65536u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[3648u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[65536u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[3648u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[65536u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[3648u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[65536u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[3648u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[65536u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[3648u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[65536u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[3648u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[65536u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[3648u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[65536u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[3648u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[65536u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[3648u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[65536u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_1 (matmul, 32 workgroups, eval_step.002.blocks0_h_multi_head_attention_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[32768u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[32768u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[32768u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[32768u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[3680u + k * 32u + n0];
      let v9: f32 = params[3680u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[3680u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[3680u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[4704u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[98304u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[4704u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[98304u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[4704u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[98304u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[4704u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[98304u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[4704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[98304u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[4704u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[98304u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[4704u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[98304u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[4704u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[98304u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[4704u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[98304u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[4704u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[98304u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[4704u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[98304u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[4704u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[98304u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[4704u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[98304u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[4704u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[98304u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[4704u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[98304u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[4704u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[98304u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_2 (matmul, 32 workgroups, eval_step.003.blocks0_h_multi_head_attention_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[32768u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[32768u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[32768u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[32768u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[4736u + k * 32u + n0];
      let v9: f32 = params[4736u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[4736u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[4736u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[5760u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[131072u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[5760u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[131072u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[5760u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[131072u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[5760u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[131072u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[5760u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[131072u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[5760u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[131072u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[5760u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[131072u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[5760u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[131072u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[5760u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[131072u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[5760u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[131072u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[5760u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[131072u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[5760u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[131072u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[5760u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[131072u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[5760u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[131072u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[5760u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[131072u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[5760u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[131072u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_3 (matmul, 32 workgroups, eval_step.004.blocks0_h_multi_head_attention_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[65536u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[65536u + (v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[65536u + (v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[65536u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[98304u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[98304u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[98304u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[98304u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_le (elementwise, 4 workgroups, eval_step.005.blocks0_h_multi_head_attention_le.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_le: elementwise kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 256u; i += stride) {
    let v0: i32 = i32((i % 16u));
    let v1: i32 = i32(((i / 16u) % 16u));
    let v2: f32 = select(0.0f, 1.0f, v0 <= v1);
    work[65536u + ((i / 16u) % 16u) * 16u + (i % 16u)] = v2;
  }
}
// ---- blocks0_h_multi_head_attention_softmax (reduce, 32 workgroups, eval_step.006.blocks0_h_multi_head_attention_softmax.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[32768u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v6: f32 = (work[32768u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 16u + opaque; j++) {
      let v10: f32 = (work[32768u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[65792u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v14;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_4 (matmul, 32 workgroups, eval_step.007.blocks0_h_multi_head_attention_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[65792u + v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[65792u + v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[65792u + v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[65792u + v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[131072u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[131072u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[131072u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[131072u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_5 (matmul, 32 workgroups, eval_step.008.blocks0_h_multi_head_attention_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[32768u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[32768u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[32768u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[32768u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[5792u + k * 32u + n0];
      let v13: f32 = params[5792u + k * 32u + min(n0 + 1u, 31u)];
      let v14: f32 = params[5792u + k * 32u + min(n0 + 2u, 31u)];
      let v15: f32 = params[5792u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[65792u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[65792u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[65792u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[65792u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[65792u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[65792u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[65792u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[65792u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[65792u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[65792u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[65792u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[65792u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[65792u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[65792u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[65792u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[65792u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_norm (reduce, 16 workgroups, eval_step.009.blocks0_h_norm.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks0_h_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[6816u + v3];
      let v5: f32 = (work[65792u + (v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[6816u + v10];
      let v12: f32 = (work[65792u + (v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[6816u + v18];
      let v20: f32 = (work[65792u + (v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[6848u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[6880u + j];
      let v31: f32 = (v29 + v30);
      work[98560u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks0_f_matmul (matmul, 128 workgroups, eval_step.010.blocks0_f_matmul.wgsl) from specs/names-gpt.model:16
// blocks0_f_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[6912u + k * 128u + n0];
      let v9: f32 = params[6912u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[6912u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[6912u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[163840u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[163840u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[163840u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[163840u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[163840u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[163840u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[163840u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[163840u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[163840u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[163840u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[163840u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[163840u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[163840u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[163840u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[163840u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[163840u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_mul (elementwise, 2048 workgroups, eval_step.011.blocks0_f_mul.wgsl) from specs/names-gpt.model:16
// blocks0_f_mul: elementwise kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[11008u + v1];
    let v3: f32 = (work[163840u + (v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v6: u32 = (v5 % 128u);
    let v7: f32 = params[11008u + v6];
    let v8: f32 = (work[163840u + (v5 / 128u) * 128u + (v5 % 128u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[294912u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v12;
  }
}
// ---- blocks0_output_dense_matmul (matmul, 32 workgroups, eval_step.012.blocks0_output_dense_matmul.wgsl) from specs/names-gpt.model:17
// blocks0_output_dense_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[294912u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[294912u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[294912u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[294912u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[11136u + k * 32u + n0];
      let v9: f32 = params[11136u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[11136u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[11136u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_norm (reduce, 16 workgroups, eval_step.013.blocks0_output_norm.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:17
// blocks0_output_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[15232u + v3];
      let v5: f32 = (work[(v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[15232u + v10];
      let v12: f32 = (work[(v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[15232u + v18];
      let v20: f32 = (work[(v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[15264u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[15296u + j];
      let v31: f32 = (v29 + v30);
      work[98560u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul (matmul, 32 workgroups, eval_step.014.blocks1_h_multi_head_attention_matmul.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[15328u + k * 32u + n0];
      let v9: f32 = params[15328u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[15328u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[15328u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[16352u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[16352u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[16352u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[16352u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[16352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[16352u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[16352u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[16352u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[16352u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[16352u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[16352u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[16352u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[16352u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[16352u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[16352u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[16352u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_1 (matmul, 32 workgroups, eval_step.015.blocks1_h_multi_head_attention_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[16384u + k * 32u + n0];
      let v9: f32 = params[16384u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[16384u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[16384u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[17408u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[32768u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[17408u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[32768u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[17408u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[32768u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[17408u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[32768u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[17408u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[32768u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[17408u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[32768u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[17408u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[32768u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[17408u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[32768u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[17408u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[32768u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[17408u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[32768u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[17408u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[32768u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[17408u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[32768u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[17408u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[32768u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[17408u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[32768u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[17408u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[32768u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[17408u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[32768u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_2 (matmul, 32 workgroups, eval_step.016.blocks1_h_multi_head_attention_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[17440u + k * 32u + n0];
      let v9: f32 = params[17440u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[17440u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[17440u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[18464u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[131328u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[18464u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[131328u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[18464u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[131328u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[18464u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[131328u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[18464u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[131328u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[18464u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[131328u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[18464u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[131328u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[18464u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[131328u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[18464u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[131328u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[18464u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[131328u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[18464u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[131328u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[18464u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[131328u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[18464u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[131328u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[18464u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[131328u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[18464u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[131328u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[18464u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[131328u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_3 (matmul, 32 workgroups, eval_step.017.blocks1_h_multi_head_attention_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[(v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[(v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[(v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[(v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[32768u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[32768u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[32768u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[32768u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_softmax (reduce, 32 workgroups, eval_step.018.blocks1_h_multi_head_attention_softmax.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[98560u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v6: f32 = (work[98560u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 16u + opaque; j++) {
      let v10: f32 = (work[98560u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[(r / 16u) * 256u + (r % 16u) * 16u + j] = v14;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_4 (matmul, 32 workgroups, eval_step.019.blocks1_h_multi_head_attention_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[131328u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[131328u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[131328u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[131328u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_5 (matmul, 32 workgroups, eval_step.020.blocks1_h_multi_head_attention_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[32768u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[32768u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[32768u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[32768u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[18496u + k * 32u + n0];
      let v13: f32 = params[18496u + k * 32u + min(n0 + 1u, 31u)];
      let v14: f32 = params[18496u + k * 32u + min(n0 + 2u, 31u)];
      let v15: f32 = params[18496u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_norm (reduce, 16 workgroups, eval_step.021.blocks1_h_norm.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks1_h_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[19520u + v3];
      let v5: f32 = (work[(v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[19520u + v10];
      let v12: f32 = (work[(v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[19520u + v18];
      let v20: f32 = (work[(v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[19552u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[19584u + j];
      let v31: f32 = (v29 + v30);
      work[98560u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks1_f_matmul (matmul, 128 workgroups, eval_step.022.blocks1_f_matmul.wgsl) from specs/names-gpt.model:16
// blocks1_f_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[19616u + k * 128u + n0];
      let v9: f32 = params[19616u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[19616u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[19616u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[131328u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[131328u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[131328u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[131328u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[131328u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[131328u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[131328u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[131328u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[131328u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[131328u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[131328u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[131328u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[131328u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[131328u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[131328u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[131328u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_mul (elementwise, 2048 workgroups, eval_step.023.blocks1_f_mul.wgsl) from specs/names-gpt.model:16
// blocks1_f_mul: elementwise kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[23712u + v1];
    let v3: f32 = (work[131328u + (v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v6: u32 = (v5 % 128u);
    let v7: f32 = params[23712u + v6];
    let v8: f32 = (work[131328u + (v5 / 128u) * 128u + (v5 % 128u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[262400u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v12;
  }
}
// ---- blocks1_output_dense_matmul (matmul, 32 workgroups, eval_step.024.blocks1_output_dense_matmul.wgsl) from specs/names-gpt.model:17
// blocks1_output_dense_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262400u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[262400u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[262400u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[262400u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[23840u + k * 32u + n0];
      let v9: f32 = params[23840u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[23840u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[23840u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_layer_norm_norm (reduce, 16 workgroups, eval_step.025.logits_layer_norm_norm.wgsl) from specs/names-gpt.model:23, specs/names-gpt.model:17, specs/names-gpt.model:15
// logits_layer_norm_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:23, specs/names-gpt.model:17, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[27936u + v3];
      let v5: f32 = (work[(v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[27936u + v10];
      let v12: f32 = (work[(v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[27936u + v18];
      let v20: f32 = (work[(v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[27968u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[28000u + j];
      let v31: f32 = (v29 + v30);
      work[65536u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- logits_matmul (matmul, 64 workgroups, eval_step.026.logits_matmul.wgsl) from specs/names-gpt.model:23
// logits_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4096u; t += stride) {
    let rem = t % 4096u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[65536u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[65536u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[65536u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[65536u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[28032u + k * 64u + n0];
      let v9: f32 = params[28032u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[28032u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[28032u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 64u) {
      work[m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 64u) {
      work[m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 64u) {
      work[m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 64u) {
      work[m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 64u) {
      work[(m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 64u) {
      work[(m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 64u) {
      work[(m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_log_softmax (reduce, 16 workgroups, eval_step.027.loss_log_softmax.wgsl) from specs/names-gpt.model:25, specs/names-gpt.model:23
// loss_log_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:25, specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[30080u + v3];
      let v5: f32 = (work[(v2 / 64u) * 64u + (v2 % 64u)] + v4);
      acc0 = max(acc0, v5);
    }
    var acc6: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v8: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v9: u32 = (v8 % 64u);
      let v10: f32 = params[30080u + v9];
      let v11: f32 = (work[(v8 / 64u) * 64u + (v8 % 64u)] + v10);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      acc6 += v13;
    }
    var acc14: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v16: i32 = i32(j);
      let v17: u32 = (r / 16u) * 16u + (r % 16u);
      let v18: i32 = bitcast<i32>(data[1024u + (v17 / 16u) * 16u + (v17 % 16u)]);
      let v19: f32 = select(0.0f, 1.0f, v16 == v18);
      let v20: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v21: u32 = (v20 % 64u);
      let v22: f32 = params[30080u + v21];
      let v23: f32 = (work[(v20 / 64u) * 64u + (v20 % 64u)] + v22);
      let v24: f32 = (v23 - acc0);
      let v25: f32 = log(acc6);
      let v26: f32 = (v24 - v25);
      let v27: f32 = (v19 * v26);
      acc14 += v27;
    }
    work[131072u + (r / 16u) * 16u + (r % 16u)] = acc14;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v28: i32 = i32(j);
      let v29: u32 = (r / 16u) * 16u + (r % 16u);
      let v30: i32 = bitcast<i32>(data[1024u + (v29 / 16u) * 16u + (v29 % 16u)]);
      let v31: f32 = select(0.0f, 1.0f, v28 == v30);
      work[65536u + (r / 16u) * 1024u + (r % 16u) * 64u + j] = v31;
    }
  }
}
// ---- loss_sum (reduce, 1 workgroups, eval_step.028.loss_sum.wgsl) from specs/names-gpt.model:25
// loss_sum: reduce kernel (mdlc)
// from specs/names-gpt.model:25
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (-work[131072u + r * 16u + j]);
      acc0 += v2;
    }
    work[132096u + r] = acc0;
  }
}
// ---- metrics_argmax (reduce, 16 workgroups, eval_step.029.metrics_argmax.wgsl) from specs/names-gpt.model:25, specs/names-gpt.model:23
// metrics_argmax: reduce kernel (mdlc)
// from specs/names-gpt.model:25, specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        let s0_v2: f32 = (work[132096u + j] * 0.0625f);
        let s0_v3: f32 = (s0_v2 * data[2048u + j]);
        s0_acc0 += s0_v3;
      }
      work[131072u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 64u + opaque; j++) {
        s1_acc0 += data[2048u + j];
      }
      work[131076u] = s1_acc0;
    }
  }
  for (var r = gid.x; r < 1024u; r += stride) {
    var best1: f32 = -3.4028234e38f;
    var acc0: i32 = 0i;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 16u) * 1024u + (r % 16u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[30080u + v3];
      let v5: f32 = (work[(v2 / 64u) * 64u + (v2 % 64u)] + v4);
      if (v5 > best1) { best1 = v5; acc0 = i32(j); }
    }
    work[132160u + (r / 16u) * 16u + (r % 16u)] = bitcast<f32>(acc0);
  }
}
// ---- metrics_sum (elementwise, 1 workgroups, eval_step.030.metrics_sum.wgsl) from 
// metrics_sum: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 65536u + opaque; j++) {
        let s0_v2: i32 = i32((j % 64u));
        let s0_v3: f32 = select(0.0f, 1.0f, s0_v2 == bitcast<i32>(work[132160u + (j / 1024u) * 16u + ((j / 64u) % 16u)]));
        let s0_v4: f32 = (s0_v3 * work[65536u + (j / 1024u) * 1024u + ((j / 64u) % 16u) * 64u + (j % 64u)]);
        let s0_v5: u32 = (j / 1024u);
        let s0_v6: f32 = data[2048u + s0_v5];
        let s0_v7: f32 = (s0_v4 * s0_v6);
        s0_acc0 += s0_v7;
      }
      work[4u] = s0_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[131076u];
      let s1_v1: f32 = (state[28u] + s1_v0);
      state[28u] = s1_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[131072u];
      let s2_v1: f32 = work[131076u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[0u] = s2_v3;
      let s2_v4: f32 = (s2_v3 * s2_v1);
      let s2_v5: f32 = (state[24u] + s2_v4);
      state[24u] = s2_v5;
      let s2_v6: f32 = abs(s2_v3);
      let s2_v7: f32 = select(0.0f, 1.0f, s2_v6 <= 3.0000000054977558e+38f);
      let s2_v8: f32 = (1.0f - s2_v7);
      let s2_v9: f32 = (state[32u] + s2_v8);
      state[32u] = s2_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[4u];
      let s3_v1: f32 = (state[36u] + s3_v0);
      state[36u] = s3_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[131076u];
      let s4_v1: f32 = (s4_v0 * 16.0f);
      work[8u] = s4_v1;
      let s4_v2: f32 = (state[40u] + s4_v1);
      state[40u] = s4_v2;
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ==== predict: 27 kernels
// ---- pos_norm (reduce, 16 workgroups, predict.000.pos_norm.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:21, specs/names-gpt.model:20
// pos_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:21, specs/names-gpt.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v3: f32 = params[v2 * 32u + j];
      let v4: u32 = (r % 16u) * 32u + j;
      let v5: f32 = params[2048u + (v4 / 32u) * 32u + (v4 % 32u)];
      let v6: f32 = (v3 + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v10: f32 = params[v9 * 32u + j];
      let v11: u32 = (r % 16u) * 32u + j;
      let v12: f32 = params[2048u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: f32 = (v10 + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = u32(clamp(bitcast<i32>(data[(r / 16u) * 16u + (r % 16u)]), 0i, 63i));
      let v18: f32 = params[v17 * 32u + j];
      let v19: u32 = (r % 16u) * 32u + j;
      let v20: f32 = params[2048u + (v19 / 32u) * 32u + (v19 % 32u)];
      let v21: f32 = (v18 + v20);
      work[(r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[2560u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[2592u + j];
      let v31: f32 = (v29 + v30);
      work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul (matmul, 32 workgroups, predict.001.blocks0_h_multi_head_attention_matmul.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[32768u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[32768u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[32768u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[32768u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[2624u + k * 32u + n0];
      let v9: f32 = params[2624u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[2624u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[2624u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[3648u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[65536u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[3648u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[65536u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[3648u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[65536u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[3648u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[65536u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[3648u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[65536u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[3648u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[65536u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[3648u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[65536u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[3648u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[65536u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[3648u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[65536u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[3648u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[65536u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[3648u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[65536u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[3648u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[65536u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[3648u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[65536u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[3648u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[65536u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[3648u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[65536u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[3648u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[65536u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_1 (matmul, 32 workgroups, predict.002.blocks0_h_multi_head_attention_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[32768u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[32768u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[32768u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[32768u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[3680u + k * 32u + n0];
      let v9: f32 = params[3680u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[3680u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[3680u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[4704u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[98304u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[4704u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[98304u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[4704u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[98304u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[4704u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[98304u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[4704u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[98304u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[4704u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[98304u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[4704u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[98304u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[4704u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[98304u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[4704u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[98304u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[4704u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[98304u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[4704u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[98304u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[4704u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[98304u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[4704u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[98304u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[4704u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[98304u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[4704u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[98304u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[4704u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[98304u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_2 (matmul, 32 workgroups, predict.003.blocks0_h_multi_head_attention_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[32768u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[32768u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[32768u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[32768u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[4736u + k * 32u + n0];
      let v9: f32 = params[4736u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[4736u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[4736u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[5760u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[131072u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[5760u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[131072u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[5760u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[131072u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[5760u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[131072u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[5760u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[131072u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[5760u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[131072u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[5760u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[131072u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[5760u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[131072u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[5760u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[131072u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[5760u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[131072u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[5760u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[131072u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[5760u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[131072u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[5760u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[131072u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[5760u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[131072u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[5760u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[131072u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[5760u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[131072u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_3 (matmul, 32 workgroups, predict.004.blocks0_h_multi_head_attention_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[65536u + (v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[65536u + (v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[65536u + (v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[65536u + (v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[98304u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[98304u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[98304u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[98304u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_le (elementwise, 4 workgroups, predict.005.blocks0_h_multi_head_attention_le.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_le: elementwise kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 256u; i += stride) {
    let v0: i32 = i32((i % 16u));
    let v1: i32 = i32(((i / 16u) % 16u));
    let v2: f32 = select(0.0f, 1.0f, v0 <= v1);
    work[65536u + ((i / 16u) % 16u) * 16u + (i % 16u)] = v2;
  }
}
// ---- blocks0_h_multi_head_attention_softmax (reduce, 32 workgroups, predict.006.blocks0_h_multi_head_attention_softmax.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[32768u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v6: f32 = (work[32768u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 16u + opaque; j++) {
      let v10: f32 = (work[32768u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[65792u + (r / 16u) * 256u + (r % 16u) * 16u + j] = v14;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_4 (matmul, 32 workgroups, predict.007.blocks0_h_multi_head_attention_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[65792u + v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[65792u + v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[65792u + v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[65792u + v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[131072u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[131072u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[131072u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[131072u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_multi_head_attention_matmul_5 (matmul, 32 workgroups, predict.008.blocks0_h_multi_head_attention_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks0_h_multi_head_attention_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[32768u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[32768u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[32768u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[32768u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[5792u + k * 32u + n0];
      let v13: f32 = params[5792u + k * 32u + min(n0 + 1u, 31u)];
      let v14: f32 = params[5792u + k * 32u + min(n0 + 2u, 31u)];
      let v15: f32 = params[5792u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[65792u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[65792u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[65792u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[65792u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[65792u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[65792u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[65792u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[65792u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[65792u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[65792u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[65792u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[65792u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[65792u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[65792u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[65792u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[65792u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_norm (reduce, 16 workgroups, predict.009.blocks0_h_norm.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks0_h_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[6816u + v3];
      let v5: f32 = (work[65792u + (v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[6816u + v10];
      let v12: f32 = (work[65792u + (v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[6816u + v18];
      let v20: f32 = (work[65792u + (v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[(r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[6848u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[6880u + j];
      let v31: f32 = (v29 + v30);
      work[98560u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks0_f_matmul (matmul, 128 workgroups, predict.010.blocks0_f_matmul.wgsl) from specs/names-gpt.model:16
// blocks0_f_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[6912u + k * 128u + n0];
      let v9: f32 = params[6912u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[6912u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[6912u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[163840u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[163840u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[163840u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[163840u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[163840u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[163840u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[163840u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[163840u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[163840u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[163840u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[163840u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[163840u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[163840u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[163840u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[163840u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[163840u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_mul (elementwise, 2048 workgroups, predict.011.blocks0_f_mul.wgsl) from specs/names-gpt.model:16
// blocks0_f_mul: elementwise kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[11008u + v1];
    let v3: f32 = (work[163840u + (v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v6: u32 = (v5 % 128u);
    let v7: f32 = params[11008u + v6];
    let v8: f32 = (work[163840u + (v5 / 128u) * 128u + (v5 % 128u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[294912u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v12;
  }
}
// ---- blocks0_output_dense_matmul (matmul, 32 workgroups, predict.012.blocks0_output_dense_matmul.wgsl) from specs/names-gpt.model:17
// blocks0_output_dense_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[294912u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[294912u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[294912u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[294912u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[11136u + k * 32u + n0];
      let v9: f32 = params[11136u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[11136u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[11136u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_norm (reduce, 16 workgroups, predict.013.blocks0_output_norm.wgsl) from specs/names-gpt.model:15, specs/names-gpt.model:17
// blocks0_output_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:15, specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[15232u + v3];
      let v5: f32 = (work[(v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[15232u + v10];
      let v12: f32 = (work[(v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[15232u + v18];
      let v20: f32 = (work[(v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[15264u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[15296u + j];
      let v31: f32 = (v29 + v30);
      work[98560u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul (matmul, 32 workgroups, predict.014.blocks1_h_multi_head_attention_matmul.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[15328u + k * 32u + n0];
      let v9: f32 = params[15328u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[15328u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[15328u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[16352u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[16352u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[16352u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[16352u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[16352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[16352u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[16352u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[16352u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[16352u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[16352u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[16352u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[16352u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[16352u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[16352u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[16352u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[16352u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_1 (matmul, 32 workgroups, predict.015.blocks1_h_multi_head_attention_matmul_1.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_1: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[16384u + k * 32u + n0];
      let v9: f32 = params[16384u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[16384u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[16384u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[17408u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[32768u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[17408u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[32768u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[17408u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[32768u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[17408u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[32768u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[17408u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[32768u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[17408u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[32768u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[17408u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[32768u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[17408u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[32768u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[17408u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[32768u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[17408u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[32768u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[17408u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[32768u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[17408u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[32768u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[17408u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[32768u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[17408u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[32768u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[17408u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[32768u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[17408u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[32768u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_2 (matmul, 32 workgroups, predict.016.blocks1_h_multi_head_attention_matmul_2.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_2: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[17440u + k * 32u + n0];
      let v9: f32 = params[17440u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[17440u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[17440u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      let v12: f32 = params[18464u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[131328u + m0 * 32u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[18464u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[131328u + m0 * 32u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[18464u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[131328u + m0 * 32u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[18464u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[131328u + m0 * 32u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      let v23: f32 = params[18464u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[131328u + (m0 + 1u) * 32u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[18464u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[131328u + (m0 + 1u) * 32u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[18464u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[131328u + (m0 + 1u) * 32u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[18464u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[131328u + (m0 + 1u) * 32u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      let v34: f32 = params[18464u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[131328u + (m0 + 2u) * 32u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[18464u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[131328u + (m0 + 2u) * 32u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[18464u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[131328u + (m0 + 2u) * 32u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[18464u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[131328u + (m0 + 2u) * 32u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      let v45: f32 = params[18464u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[131328u + (m0 + 3u) * 32u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[18464u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[131328u + (m0 + 3u) * 32u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[18464u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[131328u + (m0 + 3u) * 32u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[18464u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[131328u + (m0 + 3u) * 32u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_3 (matmul, 32 workgroups, predict.017.blocks1_h_multi_head_attention_matmul_3.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_3: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: u32 = v0 * 256u + m0 * 16u + k;
      let v2: u32 = (v1 / 512u) * 512u + ((v1 / 16u) % 16u) * 32u + ((v1 / 256u) % 2u) * 16u + (v1 % 16u);
      let v3: f32 = work[(v2 / 32u) * 32u + (v2 % 32u)];
      let v4: u32 = v0 * 256u + min(m0 + 1u, 15u) * 16u + k;
      let v5: u32 = (v4 / 512u) * 512u + ((v4 / 16u) % 16u) * 32u + ((v4 / 256u) % 2u) * 16u + (v4 % 16u);
      let v6: f32 = work[(v5 / 32u) * 32u + (v5 % 32u)];
      let v7: u32 = v0 * 256u + min(m0 + 2u, 15u) * 16u + k;
      let v8: u32 = (v7 / 512u) * 512u + ((v7 / 16u) % 16u) * 32u + ((v7 / 256u) % 2u) * 16u + (v7 % 16u);
      let v9: f32 = work[(v8 / 32u) * 32u + (v8 % 32u)];
      let v10: u32 = v0 * 256u + min(m0 + 3u, 15u) * 16u + k;
      let v11: u32 = (v10 / 512u) * 512u + ((v10 / 16u) % 16u) * 32u + ((v10 / 256u) % 2u) * 16u + (v10 % 16u);
      let v12: f32 = work[(v11 / 32u) * 32u + (v11 % 32u)];
      let v13: u32 = v0 * 256u + n0 * 16u + k;
      let v14: u32 = (v13 / 512u) * 512u + ((v13 / 16u) % 16u) * 32u + ((v13 / 256u) % 2u) * 16u + (v13 % 16u);
      let v15: f32 = work[32768u + (v14 / 32u) * 32u + (v14 % 32u)];
      let v16: u32 = v0 * 256u + min(n0 + 1u, 15u) * 16u + k;
      let v17: u32 = (v16 / 512u) * 512u + ((v16 / 16u) % 16u) * 32u + ((v16 / 256u) % 2u) * 16u + (v16 % 16u);
      let v18: f32 = work[32768u + (v17 / 32u) * 32u + (v17 % 32u)];
      let v19: u32 = v0 * 256u + min(n0 + 2u, 15u) * 16u + k;
      let v20: u32 = (v19 / 512u) * 512u + ((v19 / 16u) % 16u) * 32u + ((v19 / 256u) % 2u) * 16u + (v19 % 16u);
      let v21: f32 = work[32768u + (v20 / 32u) * 32u + (v20 % 32u)];
      let v22: u32 = v0 * 256u + min(n0 + 3u, 15u) * 16u + k;
      let v23: u32 = (v22 / 512u) * 512u + ((v22 / 16u) % 16u) * 32u + ((v22 / 256u) % 2u) * 16u + (v22 % 16u);
      let v24: f32 = work[32768u + (v23 / 32u) * 32u + (v23 % 32u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[98560u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_softmax (reduce, 32 workgroups, predict.018.blocks1_h_multi_head_attention_softmax.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_softmax: reduce kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v2: f32 = (work[98560u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 16u + opaque; j++) {
      let v6: f32 = (work[98560u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 16u + opaque; j++) {
      let v10: f32 = (work[98560u + (r / 16u) * 256u + (r % 16u) * 16u + j] * 0.25f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[65536u + (r % 16u) * 16u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[(r / 16u) * 256u + (r % 16u) * 16u + j] = v14;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_4 (matmul, 32 workgroups, predict.019.blocks1_h_multi_head_attention_matmul_4.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_4: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let v0: u32 = t / 16u;
    let rem = t % 16u;
    let m0 = (rem / 4u) * 4u;
    let n0 = (rem % 4u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 16u + opaque; k++) {
      let v1: f32 = work[v0 * 256u + m0 * 16u + k];
      let v2: f32 = work[v0 * 256u + min(m0 + 1u, 15u) * 16u + k];
      let v3: f32 = work[v0 * 256u + min(m0 + 2u, 15u) * 16u + k];
      let v4: f32 = work[v0 * 256u + min(m0 + 3u, 15u) * 16u + k];
      let v5: u32 = v0 * 256u + k * 16u + n0;
      let v6: u32 = (v5 / 512u) * 512u + ((v5 / 16u) % 16u) * 32u + ((v5 / 256u) % 2u) * 16u + (v5 % 16u);
      let v7: f32 = work[131328u + (v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = v0 * 256u + k * 16u + min(n0 + 1u, 15u);
      let v9: u32 = (v8 / 512u) * 512u + ((v8 / 16u) % 16u) * 32u + ((v8 / 256u) % 2u) * 16u + (v8 % 16u);
      let v10: f32 = work[131328u + (v9 / 32u) * 32u + (v9 % 32u)];
      let v11: u32 = v0 * 256u + k * 16u + min(n0 + 2u, 15u);
      let v12: u32 = (v11 / 512u) * 512u + ((v11 / 16u) % 16u) * 32u + ((v11 / 256u) % 2u) * 16u + (v11 % 16u);
      let v13: f32 = work[131328u + (v12 / 32u) * 32u + (v12 % 32u)];
      let v14: u32 = v0 * 256u + k * 16u + min(n0 + 3u, 15u);
      let v15: u32 = (v14 / 512u) * 512u + ((v14 / 16u) % 16u) * 32u + ((v14 / 256u) % 2u) * 16u + (v14 % 16u);
      let v16: f32 = work[131328u + (v15 / 32u) * 32u + (v15 % 32u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + n0] = acc_0_0;
    }
    if (m0 + 0u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + m0 * 16u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + n0] = acc_1_0;
    }
    if (m0 + 1u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 1u) * 16u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + n0] = acc_2_0;
    }
    if (m0 + 2u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 2u) * 16u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 16u && n0 + 0u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + n0] = acc_3_0;
    }
    if (m0 + 3u < 16u && n0 + 1u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 16u && n0 + 2u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 16u && n0 + 3u < 16u) {
      work[32768u + v0 * 256u + (m0 + 3u) * 16u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_multi_head_attention_matmul_5 (matmul, 32 workgroups, predict.020.blocks1_h_multi_head_attention_matmul_5.wgsl) from specs/names-gpt.model:15
// blocks1_h_multi_head_attention_matmul_5: matmul kernel (mdlc)
// from specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: u32 = (v0 / 512u) * 512u + ((v0 / 16u) % 2u) * 256u + ((v0 / 32u) % 16u) * 16u + (v0 % 16u);
      let v2: f32 = work[32768u + (v1 / 256u) * 256u + ((v1 / 16u) % 16u) * 16u + (v1 % 16u)];
      let v3: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v4: u32 = (v3 / 512u) * 512u + ((v3 / 16u) % 2u) * 256u + ((v3 / 32u) % 16u) * 16u + (v3 % 16u);
      let v5: f32 = work[32768u + (v4 / 256u) * 256u + ((v4 / 16u) % 16u) * 16u + (v4 % 16u)];
      let v6: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v7: u32 = (v6 / 512u) * 512u + ((v6 / 16u) % 2u) * 256u + ((v6 / 32u) % 16u) * 16u + (v6 % 16u);
      let v8: f32 = work[32768u + (v7 / 256u) * 256u + ((v7 / 16u) % 16u) * 16u + (v7 % 16u)];
      let v9: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v10: u32 = (v9 / 512u) * 512u + ((v9 / 16u) % 2u) * 256u + ((v9 / 32u) % 16u) * 16u + (v9 % 16u);
      let v11: f32 = work[32768u + (v10 / 256u) * 256u + ((v10 / 16u) % 16u) * 16u + (v10 % 16u)];
      let v12: f32 = params[18496u + k * 32u + n0];
      let v13: f32 = params[18496u + k * 32u + min(n0 + 1u, 31u)];
      let v14: f32 = params[18496u + k * 32u + min(n0 + 2u, 31u)];
      let v15: f32 = params[18496u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_norm (reduce, 16 workgroups, predict.021.blocks1_h_norm.wgsl) from specs/names-gpt.model:16, specs/names-gpt.model:15
// blocks1_h_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:16, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[19520u + v3];
      let v5: f32 = (work[(v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[19520u + v10];
      let v12: f32 = (work[(v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[19520u + v18];
      let v20: f32 = (work[(v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[65792u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v21;
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[19552u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[19584u + j];
      let v31: f32 = (v29 + v30);
      work[98560u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- blocks1_f_matmul (matmul, 128 workgroups, predict.022.blocks1_f_matmul.wgsl) from specs/names-gpt.model:16
// blocks1_f_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[98560u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[98560u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[98560u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[98560u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[19616u + k * 128u + n0];
      let v9: f32 = params[19616u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[19616u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[19616u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 128u) {
      work[131328u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 128u) {
      work[131328u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 128u) {
      work[131328u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 128u) {
      work[131328u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 128u) {
      work[131328u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 128u) {
      work[131328u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 128u) {
      work[131328u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 128u) {
      work[131328u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 128u) {
      work[131328u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 128u) {
      work[131328u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 128u) {
      work[131328u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 128u) {
      work[131328u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 128u) {
      work[131328u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 128u) {
      work[131328u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 128u) {
      work[131328u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 128u) {
      work[131328u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_mul (elementwise, 2048 workgroups, predict.023.blocks1_f_mul.wgsl) from specs/names-gpt.model:16
// blocks1_f_mul: elementwise kernel (mdlc)
// from specs/names-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[23712u + v1];
    let v3: f32 = (work[131328u + (v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u);
    let v6: u32 = (v5 % 128u);
    let v7: f32 = params[23712u + v6];
    let v8: f32 = (work[131328u + (v5 / 128u) * 128u + (v5 % 128u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[262400u + (i / 2048u) * 2048u + ((i / 128u) % 16u) * 128u + (i % 128u)] = v12;
  }
}
// ---- blocks1_output_dense_matmul (matmul, 32 workgroups, predict.024.blocks1_output_dense_matmul.wgsl) from specs/names-gpt.model:17
// blocks1_output_dense_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 2048u; t += stride) {
    let rem = t % 2048u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262400u + (v0 / 2048u) * 2048u + ((v0 / 128u) % 16u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 128u + k;
      let v3: f32 = work[262400u + (v2 / 2048u) * 2048u + ((v2 / 128u) % 16u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 128u + k;
      let v5: f32 = work[262400u + (v4 / 2048u) * 2048u + ((v4 / 128u) % 16u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 128u + k;
      let v7: f32 = work[262400u + (v6 / 2048u) * 2048u + ((v6 / 128u) % 16u) * 128u + (v6 % 128u)];
      let v8: f32 = params[23840u + k * 32u + n0];
      let v9: f32 = params[23840u + k * 32u + min(n0 + 1u, 31u)];
      let v10: f32 = params[23840u + k * 32u + min(n0 + 2u, 31u)];
      let v11: f32 = params[23840u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_layer_norm_norm (reduce, 16 workgroups, predict.025.logits_layer_norm_norm.wgsl) from specs/names-gpt.model:23, specs/names-gpt.model:17, specs/names-gpt.model:15
// logits_layer_norm_norm: reduce kernel (mdlc)
// from specs/names-gpt.model:23, specs/names-gpt.model:17, specs/names-gpt.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 1024u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v3: u32 = (v2 % 32u);
      let v4: f32 = params[27936u + v3];
      let v5: f32 = (work[(v2 / 32u) * 32u + (v2 % 32u)] + v4);
      let v6: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v9: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v10: u32 = (v9 % 32u);
      let v11: f32 = params[27936u + v10];
      let v12: f32 = (work[(v9 / 32u) * 32u + (v9 % 32u)] + v11);
      let v13: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v12);
      let v14: f32 = (acc0 * 0.03125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 32u + opaque; j++) {
      let v17: u32 = (r / 16u) * 512u + (r % 16u) * 32u + j;
      let v18: u32 = (v17 % 32u);
      let v19: f32 = params[27936u + v18];
      let v20: f32 = (work[(v17 / 32u) * 32u + (v17 % 32u)] + v19);
      let v21: f32 = (work[32768u + (r / 16u) * 512u + (r % 16u) * 32u + j] + v20);
      let v22: f32 = (acc0 * 0.03125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.03125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[27968u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[28000u + j];
      let v31: f32 = (v29 + v30);
      work[65536u + (r / 16u) * 512u + (r % 16u) * 32u + j] = v31;
    }
  }
}
// ---- logits_matmul (matmul, 64 workgroups, predict.026.logits_matmul.wgsl) from specs/names-gpt.model:23
// logits_matmul: matmul kernel (mdlc)
// from specs/names-gpt.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4096u; t += stride) {
    let rem = t % 4096u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = m0 * 32u + k;
      let v1: f32 = work[65536u + (v0 / 512u) * 512u + ((v0 / 32u) % 16u) * 32u + (v0 % 32u)];
      let v2: u32 = min(m0 + 1u, 1023u) * 32u + k;
      let v3: f32 = work[65536u + (v2 / 512u) * 512u + ((v2 / 32u) % 16u) * 32u + (v2 % 32u)];
      let v4: u32 = min(m0 + 2u, 1023u) * 32u + k;
      let v5: f32 = work[65536u + (v4 / 512u) * 512u + ((v4 / 32u) % 16u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 3u, 1023u) * 32u + k;
      let v7: f32 = work[65536u + (v6 / 512u) * 512u + ((v6 / 32u) % 16u) * 32u + (v6 % 32u)];
      let v8: f32 = params[28032u + k * 64u + n0];
      let v9: f32 = params[28032u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[28032u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[28032u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 1024u && n0 + 0u < 64u) {
      let v12: f32 = params[30080u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 1024u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[30080u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 1024u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[30080u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 1024u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[30080u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 1024u && n0 + 0u < 64u) {
      let v23: f32 = params[30080u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 1024u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[30080u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 1024u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[30080u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 1024u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[30080u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 1024u && n0 + 0u < 64u) {
      let v34: f32 = params[30080u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 1024u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[30080u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 1024u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[30080u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 1024u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[30080u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 1024u && n0 + 0u < 64u) {
      let v45: f32 = params[30080u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 1024u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[30080u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 1024u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[30080u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 1024u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[30080u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
