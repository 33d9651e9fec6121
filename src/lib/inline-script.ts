// Used at build time (Node): the one inline script every page carries (< 2 KB). It restores the
// theme before first paint and handles, by delegation, the theme toggle and copy buttons.
// Anything heavier loads on intent from a separate file. Its hash goes into the page's CSP.
import { createHash } from 'node:crypto';

export const INLINE_SCRIPT = `(()=>{const d=document.documentElement,K="kb-theme",m=matchMedia("(prefers-color-scheme: dark)");d.classList.add("js");let t=null;try{t=localStorage.getItem(K)}catch{}if(t==="light"||t==="dark")d.dataset.theme=t;const cur=()=>d.dataset.theme||(m.matches?"dark":"light"),sync=()=>{const b=document.getElementById("theme-toggle");b&&b.setAttribute("aria-pressed",String(cur()==="dark"))};document.addEventListener("DOMContentLoaded",sync);document.addEventListener("click",e=>{const b=e.target instanceof Element&&e.target.closest("button");if(!b)return;if(b.id==="theme-toggle"){const n=cur()==="dark"?"light":"dark";d.dataset.theme=n;try{localStorage.setItem(K,n)}catch{}sync()}else if(b.hasAttribute("data-copy")){const c=b.parentElement.querySelector("code");navigator.clipboard.writeText(c.textContent).then(()=>{b.textContent="Copied";setTimeout(()=>{b.textContent="Copy"},1500)},()=>{b.textContent="Select and copy"})}})})();`;

/** CSP source expression for the inline script. */
export const INLINE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`;
