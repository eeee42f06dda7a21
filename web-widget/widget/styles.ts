/**
 * The widget's whole stylesheet, scoped by the shadow root (the portal's CSS and this never
 * collide). Colours meet WCAG AA contrast: blue #000091 on white 15:1, grey #595959 on white 7:1,
 * red #c9191e on white 5.6:1. Kept terse on purpose: it counts in the 25 KB budget.
 */
export const CSS = `
:host{all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483000;font:15px/1.45 Marianne,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#161616}
*{box-sizing:border-box}
button,input,select,textarea{font:inherit}
[hidden]{display:none!important}
button{cursor:pointer}
:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.launcher{width:60px;height:60px;border-radius:50%;border:0;background:#000091;color:#fff;box-shadow:0 4px 14px #0005;display:grid;place-items:center;position:relative}
.launcher:hover{background:#1212ff}
.launcher svg{width:30px;height:30px;fill:currentColor}
.launcher.unread:after{content:"";position:absolute;top:4px;right:4px;width:14px;height:14px;border-radius:50%;background:#c9191e;border:2px solid #fff}
.panel{position:absolute;right:0;bottom:76px;width:min(390px,calc(100vw - 32px));height:min(620px,calc(100vh - 110px));background:#fff;border-radius:12px;box-shadow:0 8px 28px #0004;display:flex;flex-direction:column;overflow:hidden}
header{background:#000091;color:#fff;display:flex;align-items:center;gap:8px;padding:10px 12px}
header h2{margin:0;flex:1;font-size:17px;font-weight:700}
header button{background:none;border:0;color:#fff;font-size:26px;line-height:1;width:40px;height:40px;border-radius:6px}
header button:hover{background:#fff2}
header :focus-visible{outline-color:#fff}
.status{padding:8px 12px;font-size:14px;border-bottom:1px solid #ddd}
.status.closed{background:#fff4e5;color:#3b2600}
.status.live{background:#ececfe;color:#000091}
.status.offline{background:#fdecec;color:#7a0010}
.status button{margin-left:6px}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px}
.msg{max-width:90%;display:flex;flex-direction:column;gap:4px}
.msg.user{align-self:flex-end;align-items:flex-end}
.msg.wide{max-width:100%;align-self:stretch}
.who{font-size:13px;font-weight:700;color:#3a3a3a}
.bubble{padding:8px 12px;border-radius:12px;background:#f0f0f0;overflow-wrap:anywhere;white-space:pre-wrap}
.bot .bubble{white-space:normal}
.user .bubble{background:#000091;color:#fff;border-bottom-right-radius:4px}
.agent .bubble{background:#e6f4ea;border-left:4px solid #18753c}
.off .queued .bubble{border:2px dashed #000091;background:#fff;color:#000091}
.log:not(.off) .queued .meta{display:none}
.system{align-self:center;max-width:100%;text-align:center;font-size:14px;color:#3a3a3a}
.meta{font-size:13px;color:#595959}
.meta.err,.err{color:#c9191e}
.bubble p{margin:0 0 8px}.bubble p:last-child{margin:0}
.bubble ul,.bubble ol{margin:0 0 8px;padding-left:22px}
.bubble a{color:#000091}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip,.btn2{border:1px solid #000091;color:#000091;background:#fff;border-radius:16px;padding:5px 12px;text-align:left}
.chip:hover,.btn2:hover{background:#ececfe}
a.chip{display:inline-block;text-decoration:none}
.btn{border:0;background:#000091;color:#fff;border-radius:6px;padding:7px 14px}
.btn:hover{background:#1212ff}
.btn:disabled{background:#6a6a6a}
.fb{display:flex;align-items:center;gap:6px;flex-wrap:wrap}
.fb>button{border:1px solid #767676;background:#fff;color:#161616;border-radius:6px;padding:3px 8px;display:grid}
.fb svg{width:18px;height:18px;fill:currentColor}.fb .down svg{transform:scaleY(-1)}
.i{width:16px;height:16px;fill:currentColor;vertical-align:-3px}
.fb>button[aria-pressed=true]{border-color:#000091;background:#ececfe;box-shadow:inset 0 0 0 1px #000091}
form.card{border:1px solid #cecece;border-radius:10px;padding:10px 12px;display:flex;flex-direction:column;gap:8px;background:#fff;align-self:stretch}
fieldset{border:0;margin:0;padding:0;display:flex;flex-direction:column;gap:4px}
legend,label{font-weight:700;font-size:14px}
.opt{font-weight:400;display:flex;gap:8px;align-items:center}
input:not([type=radio]),select,textarea{width:100%;border:1px solid #666;border-radius:6px;padding:6px 8px;background:#fff;color:#161616}
input[readonly]{background:#f0f0f0;border-color:#929292}
[aria-invalid=true]{border-color:#c9191e!important;box-shadow:0 0 0 1px #c9191e}
.hint{font-size:13px;color:#595959;font-weight:400}
.row{display:flex;gap:8px;flex-wrap:wrap}
.typing{padding:0 14px 6px;font-size:13px;color:#595959;min-height:1.4em}
.composer{display:flex;gap:8px;padding:10px 12px;border-top:1px solid #ddd;align-items:flex-end}
.composer textarea{resize:none;max-height:120px}
.launcher .x,.launcher[aria-expanded=true] .b{display:none}.launcher[aria-expanded=true] .x{display:block}
@media (max-width:480px),(max-height:560px){.panel{position:fixed;inset:0;width:auto;height:auto;border-radius:0}.launcher[aria-expanded=true]{display:none}}
@media (max-height:420px){header{padding:2px 8px}header h2{font-size:15px}header button{width:32px;height:32px}.status{padding:2px 8px;font-size:13px;max-height:25%;overflow:auto}.log{padding:6px 8px}.typing{padding:0 8px;min-height:0}.composer{padding:4px 8px}.composer textarea{max-height:3.2em}}
`;
