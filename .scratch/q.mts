import { deflatedRepeat } from '../test/support/hostile-files';
import { Inflate } from 'fflate';
const d = deflatedRepeat('<a>', 256, '</a>');
for (const step of [1024, 4096, 16384, 65536]) {
  let t = Date.now();
  let n=0, calls=0; const inf = new Inflate((c)=>{n+=c.length; calls++;});
  for (let i=0;i<d.length;i+=step) { inf.push(d.subarray(i,i+step), i+step>=d.length); }
  console.log(step, Date.now() - t, 'ms', n, calls);
}
