import Y from 'yaml'; import fs from 'fs'; import {pinyin} from 'pinyin-pro'; import OpenCC from 'opencc-js';
import tj from 'to-jyutping';
const J=tj.default??tj;
const s2hk=OpenCC.Converter({from:'cn',to:'hk'}); const t2cn=OpenCC.Converter({from:'hk',to:'cn'});
const dir='glossary/entries'; const ids=new Map(); const all=[];
for(const f of fs.readdirSync(dir)){const d=Y.parse(fs.readFileSync(dir+'/'+f,'utf8'));for(const e of d.entries){if(ids.has(e.id))console.log('DUP',e.id);ids.set(e.id,f);all.push(e)}}
console.log('total',all.length);
for(const e of all){for(const r of e.related||[]) if(!ids.has(r)) console.log('MISSING related',e.id,r);
 for(const k of ['zh','hant','en','status','meaning','sources']) if(!e[k]) console.log('MISSING',k,e.id);
 const conv=s2hk(e.zh); if(conv!==e.hant) console.log('HANT DIFF',e.id,e.zh,'opencc:',conv,'mine:',e.hant);
 if(t2cn(e.hant)!==e.zh) console.log('ZH roundtrip diff',e.id,t2cn(e.hant));
 console.log(e.id.padEnd(45),e.zh,'|',pinyin(e.zh,{toneSandhi:false}),'|',e.pinyin??'','|',J.getJyutpingText(e.hant),'|',e.jyutping??'');
}
// simulate leftmost-longest on article (convert article to simplified)
const art=t2cn(fs.readFileSync('/work/shared/seeds/000_fd79f2fb093831e2.txt','utf8'));
const pats=[];for(const e of all){for(const f of [e.zh,t2cn(e.hant),...(e.aliases||[]).map(a=>t2cn(a))])pats.push([f,e.id])}
const hits={};let i=0;
while(i<art.length){let best=null;for(const [p,id] of pats){if(art.startsWith(p,i)&&(!best||p.length>best[0].length))best=[p,id]}
 if(best){hits[best[1]]=(hits[best[1]]||0)+1;(hits['__forms']??={})[best[0]]=1;i+=best[0].length}else i++}
console.log('MATCHED',Object.keys(hits).length-1);console.log(Object.keys(hits['__forms']).join(' '));
console.log('UNMATCHED ids:',all.filter(e=>!hits[e.id]).map(e=>e.id).join(', '));
