import type { Doc } from '../../text.ts';
import { compact } from '../../patterns.ts';
import { ruleDetector, re, gap, type MatchContext } from '../rule.ts';

// Whole-utterance context checks, run once per utterance and pattern (a 100 KB input has thousands of matches).
const firstCache = new WeakMap<Doc, Map<RegExp, number>>();
function firstIndex(c: MatchContext, re: RegExp): number {
  let m = firstCache.get(c.doc);
  if (!m) firstCache.set(c.doc, (m = new Map()));
  let at = m.get(re);
  if (at === undefined) {
    re.lastIndex = 0;
    at = re.exec(c.view.text)?.index ?? -1;
    m.set(re, at);
  }
  return at;
}
/** True when the utterance contains the pattern anywhere. */
const inText = (c: MatchContext, re: RegExp): boolean => firstIndex(c, re) >= 0;
/** True when the pattern occurs in the utterance before the evidence. */
const before = (c: MatchContext, re: RegExp): boolean => {
  const at = firstIndex(c, re);
  return at >= 0 && at < c.sentence.start + c.from;
};

// Corrective actions in the first person past ("corregí", "agregué"), written out because their
// unaccented forms ("cambie", "avise") are also requests to the caller.
const PAST_E = `(?:actualice|saque|meti|inscribi|incorpore|sume|traslade|cambie|agregue|anote|registre|modifique|arregle|ajuste|programe|reprograme|configure|reconfigure|active|reactive|desactive|bloquee|desbloquee|elimine|quite|borre|retire|pase|envie|reenvie|mande|avise|notifique|hable|comunique|reporte|escale|aplique|acredite|reembolse|reasigne|marque|deje|coloque|desvie|cancele|levante|documente|capacite|genere|solicite|pedi|asigne|cree|bonifique|converse|instruye|instrui|corregi|anadi|inclui|resolvi|hice|puse|escribi|emiti|abri|devolvi|subi|restableci|redirigi|movi|converti|repuse|sustitui|reemplace|sustitui|reinicie|verifique y corregi|confirme y (?:cambie|corregi)|apunte|ingrese|cargue|puse)`;
const PAST_AMOS = `(?:actualizamos|corregimos|agregamos|anotamos|registramos|modificamos|arreglamos|ajustamos|programamos|reprogramamos|configuramos|activamos|desactivamos|bloqueamos|eliminamos|quitamos|borramos|retiramos|enviamos|mandamos|avisamos|notificamos|hablamos con|reportamos|escalamos|aplicamos|acreditamos|reembolsamos|reasignamos|desviamos|cancelamos|levantamos|documentamos|capacitamos|instruimos|resolvimos|hicimos|pusimos|emitimos|abrimos|devolvimos|restablecimos|redirigimos|bonificamos|cambiamos|anadimos|incluimos|reemplazamos)`;
const PART = `(?:actualizad|cambiad|corregid|agregad|anotad|registrad|modificad|arreglad|ajustad|programad|reprogramad|configurad|activad|reactivad|desactivad|bloquead|eliminad|quitad|borrad|retirad|enviad|reenviad|mandad|avisad|notificad|hablad|comunicad|reportad|escalad|aplicad|acreditad|reembolsad|reasignad|marcad|dejad|colocad|desviad|cancelad|levantad|documentad|capacitad|instruid|resuelt|hech|puest|escrit|emitid|abiert|devuelt|pedid|subid|generad|solicitad|asignad|cread|restablecid|bonificad|anadid|incluid|redirigid|reemplazad|apuntad|ingresad|corregid|solucionad|arreglad|reversad|revertid|anulad|descontad|reprogramad|reasignad)`;
const GERUND = `(?:actualizando|cambiando|corrigiendo|agregando|anotando|registrando|modificando|arreglando|ajustando|programando|reprogramando|configurando|activando|desactivando|bloqueando|eliminando|quitando|borrando|retirando|enviando|mandando|avisando|notificando|aplicando|acreditando|reembolsando|reasignando|desviando|cancelando|levantando|documentando|capacitando|resolviendo|haciendo el cambio|poniendo|emitiendo|abriendo|restableciendo|redirigiendo|bonificando|anadiendo|incluyendo|reemplazando|solucionando|ingresando|cargando)`;
const PRESENT = `(?:actualizo|corrijo|agrego|anoto|modifico|arreglo|ajusto|programo|configuro|desactivo|bloqueo|elimino|quito|borro|aplico|acredito|reembolso|cancelo|resuelvo|hago el cambio|restablezco|redirijo|bonifico|anado|reemplazo|soluciono)`;
const MARK_BEFORE = /\b(?:ya|acabo de|acabamos de|yo|hoy|esta manana|anoche|personalmente|tambien|y|ademas|ya le|ya lo|ya la|ya se lo|ya les)\s+(?:(?:le|lo|la|les|los|las|se lo|se la|me)\s+)?$/;

const PAST_E_WORD = new RegExp(`^${PAST_E}$`);
const PAST_AMOS_WORD = new RegExp(`^${PAST_AMOS}$`);

// "Ya le avisamos" (to the caller, no one else named) promises a call back; "ya le avisamos al técnico" is done.
const PROMISE_BACK = compact(/^ya (?:le|te|les) (?:avisamos|llamamos|marcamos|confirmamos|informamos|contactamos|comunicamos|notificamos|contamos|decimos|regresamos|devolvemos|respondemos)\b(?!\s+(?:al?|a la|a los|a las)\b)/);

// "Nunca hemos mandado...", "no le mandamos...": a denial, not an action taken.
const NEGATED_CLAIM = /\b(?:nunca|jamas|no|tampoco|nosotros si)\s+(?:\S+\s+){0,3}$/;

function pastDone(c: MatchContext): boolean {
  const verb = c.evidence.split(/\s+/).slice(0, 4).find((w) => PAST_E_WORD.test(w));
  if (!verb) return false;
  const at = c.evidence.indexOf(verb);
  const last = c.sentence.accented[c.from + at + verb.length - 1] ?? '';
  // "anoté mal la extensión" tells the mistake, not a fix.
  if (/^\s*(?:\S+\s+){0,1}(?:mal|equivocad|incorrect|tarde)/.test(c.evidence.slice(at + verb.length)) || /^\s*mal\b/.test(c.evidence.slice(at + verb.length))) return false;
  // "Ya le pedí que no me grite" asks the caller; "ya pedí que le reprogramen el desvío" asks the team for the fix.
  if (verb === 'pedi' && (/^\s*que\s+(?:no\s+)?(?:me|nos)\b/.test(c.evidence.slice(at + verb.length)) || (/\b(?:le|te)\s+$/.test(c.evidence.slice(0, at)) && !/^\s*(?:al|a la|a los|a las|a (?:mi|nuestr[oa]|su|el|un|una))\b/.test(c.evidence.slice(at + verb.length))))) return false;
  if (verb === 'pedi' && !/^\s*(?:\S+\s+){0,4}?(?:que|un|una)\b/.test(c.evidence.slice(at + verb.length) + ' ' + c.after)) return false;
  if (/[éí]/.test(last)) return true;
  // "hice", "puse", "pedí" typed without accents are still past; the -e forms need "ya", "acabo de"...
  if (/^(?:hice|puse|instrui|corregi|anadi|inclui|resolvi|escribi|emiti|abri|devolvi|subi|restableci|redirigi|movi|converti|repuse|sustitui)$/.test(verb)) return !/\b(?:si|que)\s+$/.test(c.before);
  const lead = c.before + c.evidence.slice(0, at);
  // After a weak marker ("y deje", "yo cambie"), a writer who types accents elsewhere would have typed "dejé": unaccented, it is a request.
  if (/\b(?:y|yo|tambien|ademas)\s+(?:(?:le|lo|la|les|los|las|se lo|se la|me)\s+)?$/.test(lead) && !/\bya\b/.test(lead) && /[áéíóú]/.test(c.sentence.accented)) return false;
  return MARK_BEFORE.test(lead);
}

// Gerunds that investigate, wait or hand off ("lo estoy revisando", "estoy esperando") are not a fix in progress.
const NOT_A_FIX_GERUND = compact(/^(?:revis|verific|chec|cheq|investig|consult|busc|analiz|estudi|mir|vi|esper|trat|intent|escuch|atend|llam|marc|comunic|transfir|pas|pregunt|averigu|rastre|valid|evalu|pens|ve|hablando de|explic|dici|tom|sufri|recibi|lid|batall)/);
// Corrective verbs in the third-person past, for "ya se corrigió", "ya se le avisó al técnico", "el cargo ya se reversó".
const FIX_STEM = `(?:actualiz|cambi|corrigi|agreg|anot|registr|modific|arregl|ajust|program|reprogram|configur|activ|reactiv|desactiv|bloque|desbloque|elimin|quit|borr|retir|envi|reenvi|mand|avis|notific|report|escal|aplic|acredit|reembols|reasign|desvi|cancel|levant|document|capacit|instruy|resolvi|solucion|restableci|bonific|anadi|inclu|redirigi|reemplaz|revers|reviti|revirti|anul|descont|ingres|carg|gener|asign|devolvi|emiti|abri|corrig)`;

// How a recap opens (shared by the recap rules of `action-statement`).
const SUMMARY_LEAD = compact(/\b(?:para (?:resumir|repasar|recapitular|cerrar)|en resumen|resumiendo|recapitulando|repasando|le resumo|te resumo|le repaso|te repaso|quedamos (?:asi|en que|en esto)|en pocas palabras|entonces\s*:|para que quede claro)\b/);

// The recap's opening just before the verb: "quedamos así: le quitamos el cargo", "en pocas palabras: cambiamos el desvío".
const RECAP_JUST_BEFORE = compact(/\b(?:entonces\s*:|quedamos en (?:esto|lo siguiente)\s*:|quedamos (?:asi|en que)|queda(?:mos)? (?:acordado|de acuerdo)|para (?:resumir|repasar|recapitular|cerrar)|en resumen|resumiendo|recapitulando|repasando|en pocas palabras|(?:le|te) (?:repaso|resumo|confirmo lo que acordamos)|para que quede claro)\s*[:,]?\s+(?:\S+\s+){0,3}$/);

/** `action-statement`: a specific corrective action taken or being taken ("ya corregí su horario de guardia"). */
export const actionStatement = ruleDetector({
  label: 'action-statement',
  reasons: {
    default: 'Dice qué acción concreta ya tomó o está tomando para corregir el problema: más que una disculpa, un hecho.',
  },
  gate: /ya|[a-z](?:e|i|amos|imos|ad[oa]s?|id[oa]s?|ando|iendo|o)\b/,
  rules: [
    { re: re(`\\b(?<ev>ya (?:se )?(?:lo|la|los|las|le) (?:corregi|arregle|cambie|actualice|ajuste|quite|elimine|agregue|anote|registre|modifique|solucione|resolvi|aplique|acredite|reembolse|envie|mande|reporte|configure)(?=[,.;!]|\\s*$| (?:y|para|en|desde|a|al)\\b))`), keep: (c) => !/\b(?:si|cuando|no)\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:(?:le|lo|la|les|los|las|se lo|se la|se los|me)\\s+)?${PAST_E}(?:\\s+[a-z0-9]+){1,5})`), keep: (c) => pastDone(c) && !/\b(?:usted|ud|tu|vos|el|ella|ellos|nadie|operador|operadora|agente)\s+(?:\S+\s+)?$/.test(c.before) && !/\?\s*$/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:ya\\s+)?(?:(?:le|lo|la|les|los|las|se lo|se la)\\s+)?${PAST_AMOS}(?:\\s+[a-z0-9]+){1,5})`), keep: (c) => (/\b(?:ya|acabamos de|hoy|esta manana|ahora|tambien)\s+(?:\S+\s+)?$/.test(c.before) || /^ya\b/.test(c.evidence)) && !NEGATED_CLAIM.test(c.before) && !/\bhicimos (?:todo|lo que|lo posible|nuestra parte)\b/.test(c.evidence) && !PROMISE_BACK.test(c.evidence) && !PROMISE_BACK.test(`ya ${c.evidence}`) },
    { re: re(`\\b(?<ev>ya (?:se lo |se la |se los |le |lo |la |les |los |las )?(?!(?:vamos|estamos|tenemos|sabemos|podemos|queremos|somos|quedamos|vimos|revisamos|hablamos de|entendimos|sabiamos|cerramos|abrimos|cumplimos|dijimos|explicamos|intentamos|tratamos|terminamos|acabamos|empezamos|llegamos|salimos|fuimos|estuvimos|tuvimos|hicimos (?:todo|lo que|nuestra parte|lo posible))\\b)(?:re)?[a-z]{3,}(?:amos|imos)\\b(?:\\s+[a-z0-9]+){0,5}|ya (?:le |lo |la )?di de (?:baja|alta)(?:\\s+[a-z0-9]+){0,5}|(?:ya|acabo de dar|acabamos de dar) (?:le |les |se lo |se la )?(?:di|dimos|gire|giramos) (?:(?:las|la|unas|nuevas|mis|sus) )?(?:instrucciones|indicaciones|aviso|orden|la orden|parte|prioridad|seguimiento)(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => !NEGATED_CLAIM.test(c.before) && !/\b(?:si|cuando)\s+$/.test(c.before) && !PROMISE_BACK.test(c.evidence) },
    { re: re(`\\b(?<ev>(?:ya\\s+)?(?:(?:le|lo|la|les|se lo|se la)\\s+)?(?:he|hemos|ha quedado|han quedado|quedo|quedaron|queda|quedan|esta|estan|ya esta|ya estan|dejamos|deje)\\s+(?:ya\\s+|todo\\s+|bien\\s+|debidamente\\s+)?${PART}[oa]s?(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => !/^(?:ya\s+)?(?:quedo|esta|queda)\s+(?:todo\s+)?(?:resuelt|solucionad|arreglad|hech)[oa]s?$/.test(c.evidence) && !/\b(?:si|cuando|hasta que|para que|no|nunca|jamas|asegurarme de que|espero que|ojala que|ver si|como|de que|que tan)\s+$/.test(c.before) && !NEGATED_CLAIM.test(c.before) && (/^(?:ya|he|hemos|le he|lo he|la he|les he|se lo he)\b/.test(c.evidence) || /\bya\b/.test(c.before.slice(-12)) || /^(?:quedo|quedaron|ha quedado|han quedado)/.test(c.evidence.replace(/^(?:le|lo|la|les|se lo|se la)\s+/, ''))) },
    { re: re(`\\b(?<ev>ya (?:quedo|esta|quedaron|estan) (?:el|la|los|las|su|sus) (?:cambio|cambios|ajuste|correccion|desvio|nuevo|nueva|registro|alta|baja|credito|descuento)(?:\\s+[a-z0-9]+){0,4}|(?:ya )?(?:lo|la|los|las|le) (?:tengo|tenemos) (?:ya )?(?:anotad|registrad|apuntad|agendad|programad|corregid|actualizad|cambiad)[oa]s?(?:\\s+[a-z0-9]+){0,4})`), keep: (c) => !/\b(?:no|si|ya no)\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:ya\\s+|ahora mismo\\s+|en este momento\\s+|ahorita\\s+)?(?:estoy|estamos|ya estoy)\\s+(?:ya\\s+)?(?:(?:le|lo|la|les)\\s+)?${GERUND}(?:le|lo|la|selo)?(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => /\b(?:su|sus|le|lo|la|les|el desvio|la lista|el horario|el numero|las instrucciones|el contacto|el cargo|la factura|la cuenta|ahora mismo|en este momento)\b/.test(c.evidence) || /ndo(?:le|lo|la|selo)\b/.test(c.evidence) },
    { re: re(`\\b(?<ev>(?:ahora mismo|en este momento|ahorita|ya mismo|mientras hablamos)\\s+(?:(?:le|lo|la|les|se lo)\\s+)?${PRESENT}(?:\\s+[a-z0-9]+){0,5}|(?:(?:le|lo|la|les|se lo)\\s+)${PRESENT}(?:\\s+[a-z0-9]+){1,5}?\\s+(?:ahora mismo|en este momento|mientras hablamos|en este instante))`), keep: (c) => !/\b(?:si|usted|que)\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:acabo|acabamos) de (?!(?:ver|leer|escuchar|oir|recibir|entrar|llegar|enterarme|enterarnos|revisar|decir|hablar(?:le)? con usted|colgar|ver|notar)\\b)[a-z]+(?:ar|er|ir)(?:lo|la|le|los|las|selo|sela|les)?\\b(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => !/\bcambiar de (?:sistema|proveedor|programa|software|plataforma|oficina|equipo|conmutador)\b/.test(c.evidence) },
    // A fix in progress, with any gerund: "ya estoy capacitando al turno de noche", "ya lo estoy corrigiendo", "le estoy quitando ese cargo".
    { re: re(`\\b(?<ev>(?:(?:ya|ahora mismo|ahorita(?: mismo)?|en este momento|justo ahora|ya mismo)\\s+(?:(?:le|lo|la|les|los|las|se lo|se la)\\s+)?|(?:le|lo|la|les|los|las|se lo|se la)\\s+)(?:estoy|estamos)\\s+(?:(?:ya|le|lo|la|les)\\s+)?(?<ger>[a-z]{3,}(?:ando|iendo|yendo))(?:le|lo|la|les|los|las|selo|sela)?\\b(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => !NOT_A_FIX_GERUND.test(c.match.groups?.ger ?? '') && !/\b(?:no|si|usted|que)\s+$/.test(c.before) && !/\?\s*$/.test(c.sentence.text) },
    // Done right now: "lo hago ahora mismo", "se lo cambio en este momento", "le quito el cargo mientras hablamos".
    { re: re(`\\b(?<ev>(?:lo|la|le|les|los|las|se lo|se la) (?:hago|cambio|corrijo|arreglo|actualizo|quito|agrego|pongo|registro|anoto|elimino|ajusto|modifico|soluciono|aplico|acredito|cancelo|desactivo|activo|configuro|programo|bloqueo|doy de baja|doy de alta|resuelvo|reviertes|revierto|anulo|descuento)(?:\\s+[a-z0-9]+){0,4}? (?:ahora mismo|ahorita mismo|ya mismo|en este momento|en este instante|de inmediato|inmediatamente|enseguida|al tiro|de una vez|mientras hablamos|ahorita))\\b`), keep: (c) => !/\b(?:si|usted|que|no)\s+$/.test(c.before) },
    // Impersonal past: "ya se corrigió el horario", "el cargo ya se reversó esta mañana", "ya se le avisó al técnico".
    { re: re(`\\b(?<ev>ya se (?:le |les )?(?:${FIX_STEM}[a-z]*o|hizo (?:el|la|los|las|su) (?:cambio|cambios|ajuste|ajustes|correccion|reembolso|devolucion|bonificacion|modificacion|actualizacion|reprogramacion|desvio))\\b(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => !/\b(?:no|si|cuando|hasta que|para que)\s+(?:\S+\s+)?$/.test(c.before) && !/\b(?:para \S+|ver|verificar|revisar|checar|asegurarme de|confirmar(?:le)?) (?:si|que)\s+$/.test(c.before) },
    // A recap stating the new setting as in force (judgement 8): "le resumo: desde hoy los mensajes urgentes van a su celular", "el Dr. Ortega queda de guardia los martes".
    { re: re(`\\b(?<ev>desde (?:hoy|ahora|este momento|esta (?:noche|tarde|manana)|ya)(?: mismo)?,? (?:\\S+ ){0,5}?(?:van|va|llegan|llega|pasan|pasa|entran|entra|queda|quedan|se (?:desvian|desvia|envian|envia|mandan|manda|reciben|recibe))\\b(?:\\s+[a-z0-9]+){0,5}|(?:queda|quedan) (?:de guardia|como (?:contacto|responsable)|activ[oa]s?|registrad[oa]s?|cambiad[oa]s?|programad[oa]s?|desviad[oa]s?)(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => inText(c, SUMMARY_LEAD) && !/\b(?:no|si|ya no)\s+(?:\S+\s+)?$/.test(c.before) },
    // A recap repeating what was agreed (rulebook judgement 8): "quedamos así: le quitamos el cargo de noviembre".
    { re: re(`\\b(?<ev>(?:(?:le|lo|la|les|se lo|se la)\\s+)?(?<verb>[a-z]{3,}(?:amos|imos))(?:\\s+[a-z0-9]+){1,5})`), keep: (c) => PAST_AMOS_WORD.test(c.match.groups?.verb ?? '') && RECAP_JUST_BEFORE.test(c.before) },
  ],
});

/** `soft-words`: softening with "tal vez", "es posible que", "a veces", "parece que", "un malentendido". */
export const softWords = ruleDetector({
  label: 'soft-words',
  reasons: {
    default: "Suaviza con palabras como 'tal vez', 'es posible que' o 'a veces': abre la puerta a investigar sin negar ni culpar.",
  },
  gate: /tal ?vez|quiza|descart|factible|impresion|suponer|posibl|probabl|puede (?:ser )?que|pudo|pudiera|podria (?:ser|haber)|veces|ocasion|parec|aparente|malentendido|mal entendido|a lo mejor|capaz que|igual y/,
  rules: [
    { re: re(`\\b(?<ev>tal vez|talvez|quizas?|quiza|posiblemente|probablemente|es (?:muy )?(?:posible|probable) que|puede (?:ser )?que|pudo (?:haber|ser)|pudiera (?:ser|haber)|podria (?:ser|haber)(?: sido| pasado| habido)?|a veces|algunas veces|en (?:algunas )?ocasiones|ocasionalmente|de vez en cuando|(?:me |nos )?parece (?:que|ser|haber)|pareciera (?:que|ser)|al parecer|aparentemente|(?:es )?poco probable|improbable|(?:un |algun |hubo un )?mal ?entendido|a lo mejor|capaz que|igual y|lo (?:mas|muy) (?:probable|posible|seguro) es que|no (?:descarto|descartamos|se descarta|(?:puedo|podemos) descartar) que|es (?:factible|muy posible|muy probable) que|(?:da|me da|tengo|tenemos) la impresion de que|(?:cabe|existe|hay) la posibilidad de que|es de suponer que|pudiera ser que)\\b`), keep: (c) => !/^(?:me |nos )?parece/.test(c.evidence) || !/\b(?:le|te)\s+$/.test(c.before) },
  ],
});

// Who says sorry for cutting in: the apology or permission opener of a polite interruption, in every register.
const SORRY = `(?:no es mi intencion|no (?:le |lo |la |te )?(?:quiero|quisiera|pretendo)|disculpe(?:me)?|disculpa(?:me)?|disculpen(?:me)?|perdone(?:me)?|perdona(?:me)?|perdonen(?:me)?|perdon|lamento|siento|mil disculpas|mil perdones|una disculpa|disculpas|que pena(?: con usted| contigo)?|pena con usted|con (?:todo )?(?:el )?respeto|con (?:su )?permiso|permitame|permiteme|permitime|dejeme|dejame|me (?:va|vas) a (?:disculpar|perdonar)|(?:le|te) pido (?:una )?(?:disculpa|perdon)|pido (?:una )?disculpa|me disculpa|me disculpas|me perdona|me perdonas)`;
// The interrupting itself, said of the caller (lo/la/le/te) or of oneself ("que me meta").
const CUT_IN = `(?:(?:que|q|por|de) )?(?:(?:lo|la|le|te|los|las|les) (?:este |estemos )?(?:interrumpa|interrumpo|interrumpi|interrumpamos|interrumpiendo|corte|corto|cortamos|ataje|detenga|pare)|interrump(?:ir|irl[oa]s?|irle|irles|irte|o)|cortar(?:l[oa]|le|te)?(?: (?:la palabra|un momento|un segundo))?|(?:le|te) (?:corte|quite|robe) la palabra|(?:la )?interrupcion|me (?:meta|entrometa|atraviese|cruce)|meterme|entrometerme|meter(?:me)? la cuchara|meta la cuchara|(?:la|el) (?:interrumpida|corte))(?![a-z])`;
// "Siento que se le cortó la línea", "disculpe la interrupción del servicio": a cut line, not cutting in.
const CUT_LINE = compact(/^\s*(?:(?:de |a )?(?:la|el|su|del|de la|en la|en el) )?(?:linea|llamada|servicio|comunicacion|luz|senal|desvio|llamadas|sistema)\b/);
const STOP_CALLER = `(?:detener(?:l[oa]|le|te)|parar(?:l[oa]|le|te)|frenar(?:l[oa]|le|te)|interrumpir(?:l[oa]|le|te)?)`;
// Asking the caller something: the purpose that makes cutting in polite ("para ayudarle necesito saber...").
const PURPOSE = compact(/\b(?:pregunt|ayudar|resolver|atender(?:l[oa]|le)|necesito (?:saber|que me|confirmar con usted|hacerle)|(?:unas?|algunas|un par de) (?:preguntas?|datos)|me (?:diga|dice|confirma|cuenta)|quisiera|le quiero|te quiero|asegurarme|entender)/);

/** `polite-interrupt`: politely cutting in to regain focus ("disculpe que lo interrumpa"). */
export const politeInterrupt = ruleDetector({
  label: 'polite-interrupt',
  reasons: {
    default: 'Interrumpe con cortesía y con un propósito: recupera el control de la llamada sin ofender.',
  },
  gate: /interrump|interrupcion|cort|mete?r|meta|intencion|ataj|senor|senora|doctor|oiga|disculpe|perdon|pare\b|deteng|entromet|atravies|cuchara|permit|palabra|deten|parar|frenar|siga|continue|segundo|momento|segundito|momentito/,
  rules: [
    // Apology + the interruption: "perdón que me meta", "qué pena interrumpirla", "disculpá que te corte", "perdon q la interrumpa".
    { re: re(`\\b(?<ev>${SORRY}${gap(3)}${CUT_IN})`), keep: (c) => !CUT_LINE.test(c.after) && !/\bse (?:me |le |te |nos )?(?:\S+ )?$/.test(c.evidence.replace(/(?:lo|la|le|te|los|las|les) (?:este |estemos )?(?:interrumpa|interrumpo|interrumpi|interrumpamos|interrumpiendo|corte|corto|cortamos|ataje|detenga|pare)$/, '')) },
    // Asking leave to interrupt or announcing it: "si me permite interrumpirlo", "la voy a tener que interrumpir", "le interrumpo un segundo".
    { re: re(`\\b(?<ev>(?:si me (?:permite|permites|permitis|deja|dejas|dejan|disculpa|disculpas)|me (?:permite|permites|permitis|permita|deja|dejas|deje)|permitame|permiteme|permitime|dejeme|dejame|deja?me|voy a tener que|tengo que|tendre que|debo|necesito|quisiera|quiero|me veo obligad[oa] a) ${STOP_CALLER}|si me (?:permite|permites|deja|dejas|disculpa|disculpas) un (?:segundo|segundito|momento|momentito|instante)(?: interrumpir)?|(?:lo|la|le|te) (?:voy a|tengo que|tendre que|voy a tener que|debo) (?:parar|detener|frenar|interrumpir|cortar)|(?:lo|la|le|te) (?:interrumpo|detengo|paro)|interrumpo (?:un (?:segundo|segundito|momento|momentito|instante)|solo un|para))`), keep: (c) => !/\b(?:usted|ud|el|ella|alguien|nadie)\s+(?:me\s+)?$/.test(c.before) },
    // Saying the caller's title twice to get a word in, then asking: "Señor, señor, disculpe: para ayudarle necesito...".
    { re: re(`\\b(?<ev>(?<w>senor|senora|doctor|doctora|sr|sra|dr|dra|licenciad[oa]|oiga|disculpe|perdone|perdon)[,.!]* (?<w2>senor|senora|doctor|doctora|sr|sra|dr|dra|licenciad[oa]|oiga|disculpe|perdone|perdon)\\b)`), keep: (c) => c.match.groups?.w === c.match.groups?.w2 && (PURPOSE.test(c.after.slice(0, 90)) || /\?/.test(c.after.slice(0, 90))) },
    // "Antes de que siga, permítame una pregunta": stopping the flow to ask, with no interruption word.
    { re: re(`\\b(?<ev>antes de que (?:siga|sigas|continue|continues|sigamos|me siga contando)${gap(3)}(?:permitame|permiteme|dejeme|dejame|me permite|me permites|me deja|me dejas|quisiera|necesito|le pido|le quiero|puedo|podria))`) },
    // "Permítame un segundo, para ayudarla necesito saber...": a pause asked of the caller to ask them something (a hold says "voy a revisar").
    { re: re(`(?:^|[,;:.!¿]\\s*)(?<ev>(?:permitame|permiteme|permitime|deme|dame|regaleme|me permite|me permites|me da|me regala|me deja|si me permite|si me deja) un (?:segundo|segundito|momento|momentito|instante)|un (?:segundito|momentito|segundo|momento),? (?:por favor|senora|senor|sra|sr|doctora?|dra|dr|don|dona)\\b)`), keep: (c) => (PURPOSE.test(c.after.slice(0, 90)) || /\b(?:que|cual|cuando|donde|quien|cuanto|cuantos|cuantas|como|a que hora|desde que)\b[^?]*\?/.test(c.after.slice(0, 90))) && !/\b(?:revis|verific|chec|cheq|consult|busc|espera|esperar|en (?:la )?linea|sistema|pantalla|transfier|comunic)/.test(c.after.slice(0, 90)) },
  ],
});

const ABUSE = `(?:(?:me )?(?:sigue|siga|continua) (?:insultando|gritando|ofendiendo|hablando asi)|insultandome|gritandome|ofendiendome|(?:sus|tus|esas|estas) (?:palabras|groserias|insultos|malas palabras|expresiones|vulgaridades|ofensas)|(?:su|tu|ese|este|el) (?:tono|lenguaje|vocabulario|forma de hablar(?:me)?|manera de hablar(?:me)?|trato)|groserias|insultos|malas palabras|palabrotas|lenguaje (?:ofensivo|vulgar|soez|grosero|agresivo)|(?:hablandome|hablarme|me habla|me hable|me hables|me hablas|se dirija a mi|se dirige a mi|me grita|gritarme|gritandome|me insulta|insultarme|insultandome)(?: (?:asi|de esa (?:forma|manera)|en ese tono|con groserias))?|faltas? de respeto|(?:me )?(?:falte|faltes|falta|faltan|siga faltando) (?:al|el) respeto|faltarme (?:al|el) respeto|(?:sus|tus|esas|estas) amenazas|amenazas|amenazarme|me amenace|me amenaces|(?:no|ni) (?:le |te )?(?:acepto|voy a aceptar|tolero|voy a tolerar|permito|voy a permitir|puedo aceptar|puedo permitir) (?:que|insultos|groserias|ese|esas|esa|gritos|ofensas)|me insulte|me insultes|me grite|me grites|(?:le|te) (?:voy a )?(?:pedir|pido) respeto|pedir(?:le|te)? respeto|me (?:vuelve|vuelva|vuelves|vuelvas) a (?:insultar|gritar|ofender|hablar asi)|(?:sin|con) insultos)`;
const CONSEQUENCE = `(?:colgar|cuelgo|colgare|colgaria|terminaria la llamada|desconectaria|(?:termino|finalizo|corto|terminamos) la llamada|terminar (?:la|esta) (?:llamada|conversacion)|terminare la llamada|finalizar (?:la|esta) (?:llamada|conversacion)|finalizare|cortar (?:la|esta) (?:llamada|comunicacion)|dar por terminada|desconectar|no (?:podre|voy a poder|puedo) (?:seguir|continuar|ayudarle|atenderle|ayudarte|atenderte)|me vere (?:obligad[oa]|en la necesidad)|tendre que|si (?:me )?(?:sigue|continua|vuelve|seguimos|continuamos|no (?:cambia|para|deja))|de lo contrario|o (?:me vere|tendre|voy a))`;

/** `boundary`: naming abusive language as unacceptable and stating the consequence. */
export const boundary = ruleDetector({
  label: 'boundary',
  reasons: {
    default: 'Pone un límite con respeto: nombra el lenguaje que no acepta y dice qué pasará si sigue; nadie tiene que escuchar insultos.',
  },
  gate: /palabra|groser|insult|amenaz|sigue|tono|lenguaje|vocabulario|hablar|habla|hable|aguantar|respeto|acepto|aceptar|tolero|tolerar|permito|permitir|grit|ofens|vulgar/,
  twoSentences: true,
  rules: [
    { re: re(`\\b(?<ev>${ABUSE}${gap(20)}${CONSEQUENCE})`) },
    { re: re(`\\b(?<ev>${CONSEQUENCE}${gap(12)}${ABUSE})`), keep: (c) => /\bsi\b/.test(c.evidence) },
  ],
});

const AUTHORITY = `(?:gerente|supervisor(?:a)?|jefe|jefa|director(?:a)?|encargad[oa]|coordinador(?:a)?|responsable|especialista|administrador(?:a)?|dueno|duena|superior|tecnico|tecnica|asesor(?:a)?|ejecutiv[oa]|sr|sra|dr|dra|senor|senora|licenciad[oa]|lic|ing|mtro|mtra|ingenier[oa]|gerencia|direccion|supervision|jefatura|area de [a-z]+|area tecnica|departamento de [a-z]+)`;

const AUTHORITY_RE = compact(`\\b${AUTHORITY}\\b`);
// "El supervisor se va a comunicar con usted en estos días": a hand-off with no real time is a brush-off, not a transfer.
const VAGUE_AFTER = compact(/^[^.;]{0,40}?\b(?:en (?:estos|unos|algunos|los proximos) dias|(?:esta|la proxima|la otra) semana|pronto|luego|despues|mas adelante|(?:algun|un) dia|en algun momento|cuando (?:pueda|tenga|se desocupe|haya)|eventualmente|en cuanto (?:pueda|se desocupe)|tarde o temprano)\b/);

/** `offer-transfer`: agreeing to connect the caller with a higher authority or the right person. */
export const offerTransfer = ruleDetector({
  label: 'offer-transfer',
  reasons: {
    default: 'Ofrece comunicar al cliente con la persona indicada o con un superior: escalar bien es parte de resolver.',
  },
  gate: /paso|comunico|consigo|busco|traigo|transf|comunic|pas|conect|comuniqu|pedir|pido|llam|contact|atiend|hablar|escal|director|gerente|supervis|jef|encargad|coordinador|responsable/,
  rules: [
    // "(la gerente sí;) se la paso": the person is her, named just before; "si me dice el problema, yo se lo paso" passes a message.
    { re: re(`\\b(?<ev>se (?:lo|la) (?:paso|comunico|transfiero|conecto|voy a pasar|voy a comunicar)(?: (?:en un momento|ahora|ahorita|ahora mismo|enseguida|de inmediato|en este momento|ya))?)(?=[,.;!?]|\\s*$| en | ahora| ya)`), keep: (c) => before(c, AUTHORITY_RE) && !/\b(?:problema|mensaje|recado|queja|datos?|informacion|reporte|nota)\b/.test(c.view.text.slice(0, c.sentence.start + c.from)) },
    // A hand-off to whoever can help, named by role rather than title: "le paso con la persona indicada", "la comunico con cobranza", "se la paso".
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te|los|las) (?:(?:voy|vamos) a )?(?:paso|pasamos|comunico|comunicamos|transfiero|conecto|comunicar|pasar)|(?:comunicar|pasar|transferir|conectar)(?:lo|la|le|te))(?: ahora| ahorita| ahora mismo| en este momento| de inmediato| enseguida)? (?:con|a) (?:la persona (?:indicada|encargada|correcta|responsable|que (?:le )?(?:puede|pueda|sabe|ve|lleva|maneja))|quien (?:le |lo |la )?(?:puede|pueda|corresponda|sepa|lleva|ve)|alguien (?:que|de)|el area|el departamento|(?:el area de |el departamento de )?(?:facturacion|cobranza|soporte|ventas|administracion|atencion a clientes|sistemas|contabilidad))(?:\\s+[a-z]+){0,4}|(?:le|te) (?:consigo|busco|traigo) (?:a )?(?:la persona|alguien|quien)(?: que| de)(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:no|usted|si quiere que no)\s+(?:\S+\s+)?$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te|los|las)\\s+(?:(?:voy|vamos) a\\s+)?(?:transfiero|transferimos|transferire|transferir|transfiera))|transferir(?:lo|la|le|te|los|las))(?:\\s+[a-z]+){0,6}`), keep: (c) => !/\b(?:no|usted)\s+(?:\S+\s+)?$/.test(c.before) && !/^\s*(?:el|la|los|las|su|sus|un|una)\s+(?:credito|dinero|saldo|pago|monto|reembolso|cargo|mensaje|recado|archivo|informacion|datos)/.test(c.after) },
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te|los|las)\\s+(?:(?:voy|vamos) a\\s+|(?:puedo|podemos|podria|podriamos|quiero|quisiera)\\s+)?(?:comunico|comunicamos|comunicare|comunicar|paso|pasamos|pasare|pasar|conecto|conectamos|conectare|conectar|comunique|pase|conecte|escalo|escalamos|enlazo|enlazamos|enlazar|derivo|derivamos|derivar|canalizo|canalizar|pongo en (?:la )?linea|pongo al telefono|pongo en contacto|ponemos en contacto|poner en contacto|comunico directo|paso directo)|(?:comunicar|pasar|conectar|enlazar|derivar|canalizar|poner)(?:lo|la|le|te|los|las)(?: en contacto)?)${gap(3)}(?:con|al|a la|a el|a)\\s+(?:\\S+\\s+){0,3}?(?:${AUTHORITY}|[A-Za-z]+ [A-Z])(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:no|usted)\s+(?:\S+\s+)?$/.test(c.before) && !/\b(?:recado|recados|mensaje|mensajes|informacion|datos|queja|nota|reporte|caso|aviso|numero)\b/.test(c.evidence) },
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te) (?:estoy|estamos) (?:transfiriendo|comunicando|pasando|conectando)|(?:estoy|estamos) (?:transfiriendo|comunicando|pasando|conectando)(?:lo|la|le|te))(?:\\s+[a-z]+){0,5}|(?:involucrar|incluir|sumar|traer|meter) a (?:nuestr[oa] |mi |la |el |un |una )?(?:\\S+ ){0,2}?${AUTHORITY}(?:\\s+[a-z]+){0,4}|(?:(?:le|la|lo) )?(?:voy a|vamos a) pedir(?:le)? que (?:le|lo|la|te) (?:llame|contacte|devuelva|marque|atienda)|(?:alguien|una persona) de (?:la )?(?:gerencia|direccion|supervision|administracion)(?:\\s+[a-z]+){0,6})`), keep: (c) => !/\bno\s+$/.test(c.before) && !(/^(?:alguien|una persona)\b/.test(c.evidence) && /\b(?:a ver si|llame|marque|vuelva a llamar|intente|pruebe|llamar otra vez)\b/.test(c.sentence.text)) },
    { re: re(`\\b(?<ev>(?:(?:le|te) (?:voy|vamos) a pedir|(?:le|te) pido|(?:le|te) pedire|voy a pedir(?:le)?|pedire|le voy a decir|voy a hacer que|hare que|(?:le|te) digo) (?:a (?:nuestr[oa]|mi|el|la|su|un|una)|al) (?:\\S+ ){0,3}?${AUTHORITY}(?:\\s+\\S+){0,12}? (?:que|y|y que|para que) (?:tome (?:la|su) (?:llamada|caso)|hable con usted|(?:lo|la|le|te) (?:llame|contacte|atienda|comunique|devuelva|regrese|marque|hable|busque|visite|reciba|escriba)))`) },
    { re: re(`\\b(?<ev>(?:nuestr[oa]|mi|el|la) (?:\\S+ ){0,3}?${AUTHORITY}(?:[\\s,.]+[a-z]+){0,5}?[\\s,]+(?:lo|la|le|te) (?:va a llamar|llamara|contactara|devolvera la llamada|atendera|va a atender|va a contactar|va a devolver|va a comunicar|puede atender|atiende))`), keep: (c) => !/\bno\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:quiere|quieres|queres|prefiere|prefieres|preferis|desea|deseas|le gustaria|te gustaria|gusta|gustas) (?:mejor )?(?:hablar|platicar|comunicarse|tratarlo|tratar esto|ver esto|que (?:lo|la|le|te) (?:comunique|pase|transfiera|conecte|atienda|ponga en contacto)) (?:(?:directamente|personalmente|mejor|usted|de una vez|ahora|ya) )?con (?:[a-z]+ ){0,3}?[a-z]+(?:\\s+[a-z]+){0,3}|(?:quiere|quieres|queres|prefiere|prefieres|preferis|desea|deseas|le gustaria|te gustaria) que (?:mejor )?(?:lo|la|le|te) (?:atienda|llame|contacte|ayude) (?:[a-z]+ ){0,2}?[a-z]+(?:\\s+[a-z]+){0,3})`), keep: (c) => AUTHORITY_RE.test(c.evidence) && !/\bsi\s+(?:usted\s+|tu\s+|vos\s+)?$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:puede|podria|va a|le toca) hablar con (?:\\S+ ){0,3}?(?:gerente|supervisor(?:a)?|jefe|jefa|director(?:a)?|encargad[oa]|coordinador(?:a)?|responsable) (?:ahora|ahorita|en este momento|de inmediato|ya mismo)|(?:le|te) (?:consigo|busco) (?:a )?(?:un|una|el|la|mi) (?:gerente|supervisor(?:a)?|jefe|jefa|encargad[oa]|responsable))`) },
    // "Nuestra directora es la Sra. Wilson y la comunico enseguida", "un momento y la comunico": the hand-off said with its person named before, or alone.
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te|los|las) (?:(?:voy|vamos) a |(?:puedo|podemos) )?(?:comunico|comunicamos|comunicar|transfiero|transferimos|transferir|conecto|conectamos|conectar|enlazo|enlazar|paso|pasamos|pasar)|(?:comunicar|transferir|conectar|enlazar|pasar)(?:lo|la|le|te)|(?:le|te) (?:paso|pasamos|transfiero|comunico) (?:la|su) llamada)(?: con (?:el|ella|el mismo|ella misma))?(?: (?:enseguida|ahora|ahorita|ahora mismo|ya|ya mismo|de inmediato|inmediatamente|en este momento|en un momento|en un momentito|en un segundo|con gusto|de una vez|al tiro|altiro|directamente|directo)){0,2})(?=\\s*(?:[,.;!?]|$)| y | para que | mientras )`), keep: (c) => !/\b(?:no|usted|nadie|ud)\s+(?:\S+\s+)?$/.test(c.before) && !/\bse\s+$/.test(c.before) && (/(?:comunic|transfi|conect|enlaz)/.test(c.evidence) || before(c, AUTHORITY_RE)) && !/\b(?:mensaje|recado|queja|datos?|informacion|reporte|nota|numero|dato|credito|cargo)\b/.test(c.view.text.slice(Math.max(0, c.sentence.start + c.from - 50), c.sentence.start + c.from)) },
    // The authority takes the call: "enseguida la atiende mi supervisora", "mi supervisora se va a comunicar con usted", "busco a mi jefe para que hable con usted".
    { re: re(`\\b(?<ev>(?:enseguida|ahorita|en un momento|ahora|ahora mismo|ya|de inmediato|en breve|en unos minutos) (?:lo|la|le|te) (?:atiende|atendera|va a atender|toma|tomara|llama|contacta) (?:el|la|mi|nuestr[oa]|su) (?:[a-z]+ ){0,2}?[a-z]+|(?:nuestr[oa]|mi|el|la)(?:[\\s,.]+[a-z]+){1,9}?[\\s,]+(?:se (?:va a comunicar|comunicara|va a poner en contacto|pondra en contacto) con usted|se comunica con usted (?=hoy|ahora|ahorita|enseguida|de inmediato|en (?:un|unos|\\d+|cinco|diez|quince|veinte|media)\\b|antes de|a (?:la|las)\\b|manana|esta (?:tarde|manana|noche))|(?:lo|la|le|te) (?:va a marcar|marcara|va a regresar la llamada|estara llamando|va a estar llamando|va a buscar|buscara)|(?:lo|la|le|te) (?:llama|marca|busca|regresa la llamada) (?=hoy|ahora|ahorita|enseguida|de inmediato|en (?:un|unos|\\d+|cinco|diez|quince|veinte|media)\\b|antes de|a (?:la|las)\\b|manana|esta (?:tarde|manana|noche)))|(?:voy a |vamos a |dejeme |permitame |deje que |deja que )?(?:llamar|buscar|avisar|localizar|llamo|busco|aviso|localizo|llame|busque|avise|localice) a (?:mi|la|el|nuestr[oa]) (?:[a-z]+ ){0,2}?[a-z]+(?:\\s+\\S+){0,3}? para que (?:(?:lo|la|le|te) (?:atienda|llame|hable|tome|contacte|ayude|comunique)|hable con usted|(?:tome|atienda) (?:la|su) llamada)|(?:ver|consultar|checar|revisar|confirmar) si (?:mi|el|la|nuestr[oa]) (?:[a-z]+ ){0,2}?[a-z]+ (?:esta|se encuentra|anda) (?:disponible|libre|desocupad[oa]))`), keep: (c) => AUTHORITY_RE.test(c.evidence) && !/\bno\s+$/.test(c.before) && !VAGUE_AFTER.test(c.after) },
    // A hand-off to a person named by first name: "le paso ahora con Julio, que está de turno", "lo comunico con don Alberto".
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te) (?:(?:voy|vamos) a |(?:puedo|podemos) )?(?:paso|pasamos|comunico|comunicamos|transfiero|conecto|enlazo|pongo en contacto|pasar|comunicar|transferir|conectar)|(?:comunicar|pasar|transferir|conectar)(?:lo|la|le|te))(?: (?:ahora|ahorita|ahora mismo|ya|ya mismo|en este momento|de inmediato|enseguida|directamente|directo))? con (?:don |dona |la |el )?(?<name>[a-z]+))`), keep: (c) => {
      if (/\b(?:no|usted)\s+(?:\S+\s+)?$/.test(c.before)) return false;
      if (/\b(?:don|dona)\s+\S+$/.test(c.evidence)) return true;
      const at = c.sentence.start + c.from + c.evidence.length - (c.match.groups?.name ?? '').length;
      return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+$/.test(c.doc.original.slice(at, at + (c.match.groups?.name ?? '').length));
    } },
    // The call itself handed on or booked: "voy a canalizar su llamada con el jefe de turno", "le agendo una llamada con nuestro gerente".
    { re: re(`\\b(?<ev>(?:pasar|paso|pasamos|transferir|transfiero|canalizar|canalizo|comunicar|comunico|enlazar|enlazo|derivar|derivo|redirigir|redirijo)(?:le)? (?:su|la) llamada (?:a|al|con)(?: [a-z]+){1,4}|(?:le |te )?(?:consigo|agendo|programo|coordino|armo|organizo|conseguir|agendar|programar|coordinar)(?:le|te)? (?:una )?(?:llamada|cita|reunion|junta|videollamada|cita telefonica) con(?: [a-z]+){1,4})`), keep: (c) => AUTHORITY_RE.test(c.evidence) && !/\b(?:no|usted)\s+(?:\S+\s+)?$/.test(c.before) },
    // "Voy a hacer que la gerente de cuentas la llame hoy", "pido que mi supervisor le marque".
    { re: re(`\\b(?<ev>(?:voy a hacer que|hare que|vamos a hacer que|voy a pedir que|pido que|voy a conseguir que) (?:el|la|mi|nuestr[oa]|un|una) (?:[a-z]+ ){0,4}?(?:lo|la|le|te) (?:llame|contacte|atienda|marque|busque|devuelva|regrese|comunique))\\b`), keep: (c) => AUTHORITY_RE.test(c.evidence) },
    // Escalating the case up: "voy a escalar su caso al jefe de operaciones".
    { re: re(`\\b(?<ev>(?:escalar|escalo|escalamos|escalare|turnar|turno|turnamos|subir|subo) (?:su caso|su queja|su reporte|el caso|esto|la queja|el reporte|su solicitud) (?:a|al|a la|con) (?:[a-z]+ ){0,2}?[a-z]+(?:\\s+[a-z]+){0,4})`), keep: (c) => AUTHORITY_RE.test(c.evidence) && !/\bno\s+(?:\S+\s+)?$/.test(c.before) },
  ],
});

// The hold-or-callback choice is its own label (rulebook judgement 3), never `offer-options`: a wait and a call back both offered.
const WAIT_OFFER = compact(/\b(?:esper[a-z]*|aguard[a-z]*|en (?:la )?linea|en espera|conmigo|contigo|mientras (?:reviso|busco|verifico|checo|investigo|consulto))\b/);
const CALLBACK_OFFER = compact(/\b(?:(?:le|lo|la|te) (?:llame|llamo|marque|marco|devuelva|devuelvo|regrese|regreso|contacte)|llamarle|marcarle|devolverle la llamada|regresarle la llamada|de vuelta)\b/);
const holdChoice = (c: MatchContext): boolean => inText(c, WAIT_OFFER) && inText(c, CALLBACK_OFFER);
// A choice the caller is left to make: "usted decide", "como prefiera", "¿cuál prefiere?", "vos elegís".
const YOU_CHOOSE = `(?:(?:usted|ud|tu|vos|ustedes) (?:decide|decides|decidis|elige|eliges|elegis|escoge|escoges|escogen|deciden|eligen|manda|mandas|me dice|me dices|me decis|dira|diras)|lo que (?:mas )?(?:le|te) (?:sirva|convenga|acomode|funcione|guste|parezca|venga)(?: (?:mas|mejor))?|(?:como|lo que|cuando) (?:usted |ud |tu |vos )?(?:prefiera|prefieras|guste|gustes|quiera|quieras|desee|desees|le parezca|te parezca|le convenga|te convenga|decida|decidas|elija|elijas|diga|digas)|(?:que|cual|cuales|con cual|con que) (?:de (?:las|los) (?:dos|tres) )?(?:opcion |alternativa )?(?:prefiere|prefieres|preferis|elige|eliges|elegis|escoge|escoges|le (?:interesa|gusta|late|llama) mas|te (?:interesa|gusta|late) mas|le (?:interesa|acomoda|conviene|funciona|sirve|late)|te (?:interesa|acomoda|conviene|funciona|sirve|late)|se queda|te quedas|le parece mejor|te parece mejor|le suena mejor|te suena mejor|le queda mejor|te queda mejor|le va mejor|te va mejor|le funciona mejor|te funciona mejor|le gustaria|te gustaria)|(?:le|te) gustaria (?:probar|intentar|elegir|escoger) (?:alguna|alguno|una|uno|cual|las dos|ambas))`;
// Time, number or hold choices ("a las 3 o a las 4", "¿al celular o al fijo?") are not choices about the fix.
const OR_WORD = /\s(?:o|u)[\s,]/;
const NOT_FIX_CHOICE = compact(/\b(?:o (?:a las|a la|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|pasado|en la (?:tarde|manana|noche)|antes|despues|mas tarde|no\b|al (?:celular|fijo|telefono|numero|correo)|a su (?:celular|fijo|correo|casa|oficina))|uno o (?:dos|tres)|dos o tres|tres o cuatro|esper|en (?:la )?linea|en espera|pagar|pago|tarjeta|efectivo|transferencia bancaria)/);
const OPTION_NOUN = `(?:opciones|alternativas|posibilidades|caminos|formas|maneras|soluciones|salidas|cosas|ideas|sugerencias|propuestas|recomendaciones|vias|planes|propuestas)`;

/** `offer-options`: offering choices or suggestions for the fix or for who handles it. */
export const offerOptions = ruleDetector({
  label: 'offer-options',
  reasons: {
    default: 'Le ofrece opciones al cliente: cuando elige cómo se resuelve, se siente escuchado y acepta mejor la solución.',
  },
  gate: /ofrec|ofrezco|otra|idea|interes|late\b|prob|intent|si no\b|empez|comenz|escoger|elegir|ocurre|parece|probar|intentar|suger|sugier|propon|propong|recomend|recomiend|aconsej|plante|opcion|alternativa|posibilidad|forma|manera|prefier|gusta|desea|cosas|ideas|tal si|y si|tambien|camino|solucion|salida|\bo\b|\bu\b/,
  rules: [
    { re: re(`\\b(?<ev>(?:ofrecer(?:le|te)|le ofrezco|te ofrezco|le puedo ofrecer|tenemos|hay|le doy|le propongo)(?: (?:una|otra|otras|varias|algunas|dos|tres|un par de))? (?:opcion|opciones|alternativa|alternativas|posibilidad|posibilidades)(?:\\s+[a-z]+){0,3}|(?:le|te) (?:ofrezco|propongo|doy) otra(?=[,.:;!]|\\s*$)|tenemos otra(?=[,.:;!]|\\s*$))`), keep: (c) => !/\b(?:no|ninguna)\s+(?:\S+\s+)?$/.test(c.before) && !/^\s*(?:de|para) (?:esperar|espera|que espere|llamar)/.test(c.after) },
    { re: re(`\\b(?<ev>(?:me permite|me permites|puedo|podria|quisiera|le puedo|te puedo|si me permite|me deja|dejeme|permitame|le quiero|quiero) (?:\\S+ )?(?:sugerir(?:le|te)?|proponer(?:le|te)?|recomendar(?:le|te)?|dar(?:le|te)? (?:unas |algunas |dos |tres |varias )?(?:opciones|alternativas|ideas|sugerencias))(?:\\s+[a-z]+){0,4}|(?:le|te) (?:sugiero|propongo|recomiendo|sugeriria|propondria|recomendaria)(?! (?:que )?(?:se |te )?(?:calme|calmes|tranquilice|tranquilices|relaje|relajes|espere|esperes|tenga paciencia|no (?:me )?grite|baje la voz))(?!(?: una cosa| algo)?[:,]? (?:le|lo|la|te) (?:llamo|marco|devuelvo|regreso|hablo)\\b)(?:\\s+[a-z]+){0,4}|(?:tiene|tienes|tenemos|hay|le doy|le ofrezco|te ofrezco|le planteo|existen|veo) (?:dos|tres|cuatro|varias|algunas|un par de|unas|otras|distintas|diferentes) (?:opciones|alternativas|posibilidades|formas|maneras|soluciones|caminos|salidas)(?:\\s+[a-z]+){0,3}|(?:una|otra|la otra|la primera|la segunda) (?:opcion|alternativa|posibilidad) (?:es|seria|podria ser|sería)(?:\\s+[a-z]+){0,4})`) },
    { re: re(`\\b(?<ev>(?:podemos|podriamos|puedo|podria|le puedo|se puede|se podria|pudieramos)\\s+(?:\\S+\\s+){1,16}?(?:o|o bien|u),?\\s+(?:\\S+\\s+){0,2}?(?:podemos|podriamos|puedo|podria|le|lo|la|te|si|tambien|bien|[a-z]+(?:ar|er|ir|arle|erle|irle|arlo|arla)|que)\\b(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:esper|linea|espera)\b/.test(c.evidence) && !/^[^o]*\b(?:uno|una|dos|tres) o (?:dos|tres|cuatro)\b/.test(c.evidence) && !/\bo (?:va|vas|van|sigue|sigues|seguira) a?\b|\bo no\b/.test(c.evidence) && !holdChoice(c) },
    { re: re(`\\b(?<ev>(?:quiere|quieres|queres|prefiere|prefieres|preferis|desea|deseas|le gustaria|te gustaria|le parece|te parece|le conviene|le acomoda|le sirve)\\s+(?:\\S+\\s+){1,10}?(?:o|o bien|u)\\s+(?:prefiere|prefieres|preferis|quiere|quieres|desea|mejor|bien|que|le|lo|la|te|si|[a-z]+(?:ar|er|ir|amos|emos))\\b(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:esper|espera)\b/.test(c.evidence) && !/\ben (?:la )?linea\b/.test(c.evidence) && !holdChoice(c) },
    { re: re(`(?:^|[.;:]\\s*|[,]\\s+)(?<ev>o,? (?:si (?:lo |usted )?(?:prefiere|prefieres|gusta|quiere|desea)|bien|si no)\\b,?(?:\\s+[^\\s.;?]+){1,8})`), keep: (c) => !/\b(?:esper|en (?:la )?linea|en espera)/.test(c.sentence.text) && /\b(?:puedo|podemos|podria|podriamos|le|lo|la)\b/.test(c.evidence) },
    { re: re(`(?:^|[.;]\\s*)(?<ev>si (?:lo |usted lo |usted )?(?:prefiere|prefieres|gusta|desea),? (?:tambien |mejor )?(?:\\S+\\s+){0,4}?(?:puedo|podemos|empiezo|empezamos|sigo|seguimos|lo|la|le|yo)\\b(?:\\s+[^\\s.;?]+){0,6})`), keep: (c) => !/\b(?:esper|en (?:la )?linea|en espera)/.test(c.view.text) && /(?<!\bno )(?<!\bno le )(?<!\bno te )\b(?:transfiero|comunico|paso|puedo|podemos|podria|le ofrezco)\b/.test(c.view.text.slice(0, c.sentence.start)) },
    { re: re(`(?:^|[.;:!]\\s*)(?<ev>(?:si|claro|por supuesto)?,?\\s*(?:hay |tengo |le doy |le propongo |se me ocurren )?(?:varias|algunas|dos|tres|un par de) (?:cosas|ideas|sugerencias|recomendaciones|opciones)(?=[.:;!]|\\s*$| que (?:puede|podria|le)))`) },
    { re: re(`\\b(?<ev>(?:que|cual) (?:le|te) (?:funciona|conviene|sirve|acomoda|parece|queda) mejor|cual (?:prefiere|prefieres|preferis|le parece mejor|elige))\\b`), keep: (c) => /\b(?:o|u)\b/.test(c.view.text) && !/\b(?:esper|en (?:la )?linea|en espera)/.test(c.view.text) },
    // "Podemos hacer dos cosas:", "se me ocurren un par de ideas", "puedo ofrecerle dos soluciones", "hay dos caminos".
    { re: re(`\\b(?<ev>(?:hay|tenemos|tengo|tiene|tienes|le doy|te doy|le dejo|te dejo|le comparto|te comparto|le traigo|le paso|le ofrezco|te ofrezco|(?:le |te )?puedo ofrecer(?:le|te)?|(?:le |te )?podemos ofrecer(?:le|te)?|le planteo|te planteo|le propongo|te propongo|veo|existen|se me ocurren|se nos ocurren|(?:podemos|podriamos|puedo|podria|se pueden|se podrian|le puedo|te puedo) hacer|(?:le|te) (?:puedo|podria) (?:dar|proponer|sugerir)) (?:(?:otras|varias|algunas|dos|tres|cuatro|un par de|unas|distintas|diferentes|unas cuantas|estas) )(?:(?:posibles|buenas) )?${OPTION_NOUN})\\b`), keep: (c) => !/^\s*(?:que (?:revisar|verificar|checar|preguntarle|preguntar|decirle|contarle|confirmar|aclarar|investigar)|de (?:pago|contacto))/.test(c.after) && !/\b(?:no|ninguna)\s+$/.test(c.before) },
    // "de dos maneras:", "tres ideas para bajar la factura:": a list of ways announced.
    { re: re(`\\b(?<ev>de (?:dos|tres|varias|distintas|diferentes|otras) (?:maneras|formas|modos)|(?:dos|tres|cuatro|varias|algunas|un par de) ${OPTION_NOUN}(?: [^\\s:]+){0,5}?\\s*:)`), keep: (c) => !(/^(?:de )?(?:dos|tres|cuatro|varias|algunas|un par de) (?:cosas|preguntas|datos)\b/.test(c.evidence) && /\b(?:preguntar|confirmar|saber|revisar|verificar|decirle|aclarar)\b/.test(c.evidence)) },
    // "Le doy a escoger:", "se me ocurre que podríamos...", "una idea: que...", "si le parece, podemos probar...".
    { re: re(`\\b(?<ev>(?:le|te|les) (?:doy|damos|dejo) (?:a )?(?:escoger|elegir)|(?:usted|tu|vos) (?:puede|puedes|podes) (?:escoger|elegir)|se me ocurre (?:que|una idea|algo|otra cosa)|(?:una|otra) (?:idea|sugerencia|propuesta|opcion|alternativa)\\s*:|si (?:le|te) parece(?: bien)?,? (?:podemos|podriamos|puedo|probamos|intentamos|hacemos|cambiamos|le|lo|la)\\b|(?:podemos|podriamos|pudieramos) (?:probar|intentar|ensayar)(?: con)?)(?:\\s+[a-z]+){0,4}`), keep: (c) => !/\b(?:no|ni)\s+$/.test(c.before) && !/\b(?:llamo|marco|devuelvo|regreso|hablo|contacto|aviso|espero|esperamos)\b/.test(`${c.evidence} ${c.after.slice(0, 30)}`) && !holdChoice(c) && !/\b(?:esper|en (?:la )?linea)/.test(c.sentence.text) },
    // "Si prefiere, puedo dejar todo como está y solo cambiar el contacto del fin de semana": another way offered up front.
    { re: re(`^(?:[a-z]+,? ){0,2}?(?<ev>si (?:lo |usted lo |usted )?(?:prefiere|prefieres|preferis|gusta|desea|quiere|quieres|le parece mejor),? (?:tambien |mejor |en cambio )?(?:puedo|podemos|podria|podriamos|le puedo|te puedo) [a-z]+(?:ar|er|ir)(?:le|lo|la|les|los)?\\b(?:\\s+[^\\s.;?]+){1,8})`), keep: (c) => !/\b(?:llam|marc|esper|devolv|regres|comunic|transfer|pasar(?:lo|la|le)? con)/.test(c.evidence) && !holdChoice(c) },
    // "Hay otra salida: ...", "si quiere lo arreglamos hoy, si no, lo dejamos para el lunes", "podríamos empezar por... y, si no funciona, ...".
    { re: re(`\\b(?<ev>(?:hay|tenemos|tengo|le doy|te doy|veo|existe|queda|nos queda) otra (?:salida|opcion|alternativa|posibilidad|forma|manera|solucion|idea|via|cosa que (?:podemos|puedo|podriamos) hacer)|si (?:usted |tu |vos )?(?:quiere|quieres|queres|prefiere|prefieres|gusta|desea|le parece|te parece)\\b[^.;?]{3,60}?,? (?:y )?si no\\b|(?:podemos|podriamos|puedo|podria) (?:empezar|comenzar|arrancar|probar primero) (?:por|con)\\b[^.;?]{3,60}?\\bsi no (?:funciona|resulta|sirve|le (?:gusta|convence|funciona)))`), keep: (c) => !/\b(?:no|ni)\s+$/.test(c.before) && !holdChoice(c) && !/\b(?:esper|en (?:la )?linea|llamo|marco)\b/.test(c.evidence) },
    // A single fix put to the caller: "¿le gustaría probar la entrega por correo?", "¿quiere que intentemos...?"
    { re: re(`\\b(?<ev>(?:le|te) (?:gustaria|interesaria|interesa|parece si|late) (?:probar|intentar|cambiar(?:se)? a|pasar(?:se)? a|activar|que (?:le |lo |la |te |se lo |se la )?(?!(?:llam|marqu|esper|devolv|regres|cort|colgu)[a-z]*\\b)[a-z]{3,}(?:emos|amos)\\b)(?:\\s+[a-z]+){0,5})`), keep: (c) => !holdChoice(c) && !/\b(?:esper|en (?:la )?linea)/.test(c.sentence.text) },
    // Suggestions for the fix: "¿qué tal si desviamos...?", "¿y si probamos...?", "mi sugerencia sería...", "le aconsejo...", "también podríamos...".
    { re: re(`(?:^|[,;:.!¿]\\s*|\\b(?:senora?|doctora?|sra|sr|dra|dr|don|dona|mire|oiga|bueno|entonces|pues)\\s+)(?<ev>(?:que tal si|y si|y que tal si) (?:[a-z]+ ){0,4}?(?:(?:le|lo|la|te|les|se lo|se la|nosotros|yo|mejor) )?[a-z]{3,}(?:amos|emos|imos|o)\\b(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:calm|tranquil|esper|relaj|llamo|marco|devuelvo|regreso|hablo|cuelgo|corto)\b/.test(c.evidence) && !holdChoice(c) && !/^(?:que tal si|y si|y que tal si) (?:no|nunca|mejor no)\b/.test(c.evidence) },
    { re: re(`\\b(?<ev>(?:mi|nuestra) (?:sugerencia|recomendacion|propuesta|idea|consejo) (?:es|seria|para usted es|para usted seria)|lo que (?:yo )?(?:le |te )?(?:recomiendo|sugiero|propongo|aconsejo|haria|recomendaria|sugeriria|propondria) (?:yo )?(?:es|seria)|(?:le|te) (?:aconsejo|aconsejaria|planteo (?:algo|una idea|una cosa|lo siguiente|una opcion))|(?:tambien|otra cosa que) (?:podemos|podriamos|puedo|podria|se puede|se podria|le puedo|le podria) (?:\\S+ )?(?:hacer es|hacer seria|[a-z]+(?:ar|er|ir)(?:le|lo|la|les|los|las|te)?\\b)|otra (?:cosa|idea|salida|forma|manera|via) (?:que (?:podemos|podriamos|puedo|podria|le puedo ofrecer) (?:hacer )?)?(?:es|seria|podria ser))(?:\\s+[a-z]+){0,4}`), keep: (c) => !/\b(?:calm|tranquil|esper|relaj|paciencia)/.test(c.after.slice(0, 30) + c.evidence) },
    // A choice left to the caller next to an "o": "le cambio el desvío o le mando un técnico. Usted decide."
    { re: re(`\\b(?<ev>${YOU_CHOOSE})\\b`), keep: (c) => inText(c, OR_WORD) && !inText(c, NOT_FIX_CHOICE) && !holdChoice(c) },
    // "o si prefiere, intento resolverlo yo", "lo comunico, si lo desea, o sigo con usted", "o si no, se los leemos".
    { re: re(`(?<ev>(?:\\bo,?\\s+(?:si (?:lo |usted lo |usted |tu |vos )?(?:prefiere|prefieres|preferis|gusta|gustas|quiere|quieres|queres|desea|deseas|le parece|te parece|le conviene|te conviene|le acomoda|te acomoda|no)|si me (?:permite|permites|deja|dejas)|bien|mejor|tambien|en su lugar)\\b,?|\\bsi (?:lo |usted lo )?(?:desea|prefiere|gusta|quiere|prefieres|quieres),? o)(?:\\s+[^\\s.;?]+){1,8})`), keep: (c) => !NOT_FIX_CHOICE.test(c.sentence.text) && !holdChoice(c) && !/\bo,?\s+si no\b,?\s+(?:\S+\s+){0,2}?(?:voy a|tendre|tengo que|me vere|colg|cuelgo|termin)/.test(c.evidence) },
    // "¿Prefiere el crédito o el cambio de horario?", "¿cómo prefiere que lo resolvamos: con el crédito o cambiando el horario?"
    { re: re(`\\b(?<ev>(?:(?:como|que) )?(?:prefiere|prefieres|preferis|quiere|quieres|queres|desea|deseas|le gustaria|te gustaria|le parece mejor|le conviene mas|le sirve mas|le acomoda mas)\\s+(?:[^\\s?]+\\s+){0,10}?(?:o|u)\\s+(?:[^\\s?]+\\s+){0,6}?[^\\s?]+\\s*\\?)`), keep: (c) => !NOT_FIX_CHOICE.test(c.sentence.text) && !holdChoice(c) && !/\b(?:llame|llamemos|marque|devuelva|contacte|localice|busque|llamarle|marcarle|hablar con|comunique|pase|transfiera)\b/.test(c.evidence) && !/\b(?:nombre|numero|telefono|celular|correo|direccion|apellido|cuenta)\b/.test(c.evidence) },
  ],
});

/** `summarize`: recapping the commitments and changes agreed on the call. */
export const summarize = ruleDetector({
  label: 'summarize',
  reasons: {
    default: 'Resume lo que se acordó y lo que se cambió: el cliente cuelga sabiendo exactamente qué va a pasar.',
  },
  gate: /entonces|claro|cerrar|terminar|finalizar|colgar|resum|recapitul|repas|repasemos|quedamos|acordamos|acordado|sintesis|conclusion|confirmar lo que|confirmo lo que|pocas palabras|queda|quede/,
  rules: [
    { re: re(`\\b(?<ev>(?:para|en|a modo de|como|haciendo un|le hago un|hagamos un|un breve|le doy un) (?:breve )?resumen(?! (?:de (?:los cambios|lo que (?:paso|sucedio)|la llamada para)|justo|correcto|acertado))|para (?:cerrar|terminar|finalizar)(?=\\s*[:,])|antes de colgar,? (?:le repaso|repasemos|le confirmo lo que)|para resumir|resumiendo|en resumen|recapitulando|para recapitular|recapitulemos|repasando(?: (?:lo que|todo))?|repasemos|(?:entonces,? )?(?:quedamos|hemos quedado|ya quedamos|queda acordado|quedamos de acuerdo) en que|(?:entonces,? )?quedamos asi|quedamos en (?:esto|lo siguiente)(?= *:)|entonces(?= *:)|(?:lo que|todo lo que) (?:acordamos|quedamos|hicimos hoy|hemos acordado)(?: (?:es|fue|hoy))?\\s*:|para confirmar lo que (?:acordamos|hablamos|quedamos)|en sintesis|en conclusion)(?![a-z])`), keep: (c) => (!/\?/.test(c.after.slice(0, 40)) || /[:,]/.test(c.after.slice(0, 3))) && !/^[\s,:]*(?:(?:usted|ud|tu|vos) (?:no|nunca|jamas)|fue|era|el problema|la culpa|nadie)\b/.test(c.after) },
    // Recaps opened in other words: "para repasar:", "le repaso rápido:", "en pocas palabras:", "quedamos en esto:", "para dejarlo claro:".
    { re: re(`\\b(?<ev>para repasar|(?:le |te )?(?:repaso|resumo|recapitulo)(?: (?:rapido|rapidamente|brevemente|entonces))?(?= *:)|(?:le |te )?(?:repaso|resumo|recapitulo|confirmo) (?:todo )?lo que (?:acordamos|hablamos|quedamos|hicimos|cambiamos)|(?:hago|hagamos|le hago|te hago) un (?:breve |rapido |pequeno )?(?:repaso|resumen)|(?:un )?(?:breve |rapido |pequeno )?repaso(?= *:)|en pocas palabras(?= *[:,])|(?:entonces,? )?(?:queda|quedaria|quedo todo|todo queda) (?:asi|de esta (?:forma|manera))(?= *:)|para que (?:quede|nos quede) (?:claro|todo claro)(?= *[:,])|para dejar(?:lo)? (?:en )?claro(?= *:)|resumen de lo que (?:hicimos|acordamos|quedamos|hablamos|cambiamos)(?: hoy)?(?= *:)|^resumen(?= *:))(?![a-z])`), keep: (c) => (!/\?/.test(c.after.slice(0, 40)) || /[:,]/.test(c.after.slice(0, 3))) && !/^[\s,:]*(?:(?:usted|ud|tu|vos) (?:no|nunca|jamas)|fue|era|el problema|la culpa|nadie)\b/.test(c.after) },
  ],
});

/** `written-confirmation`: offering to send the resolution in writing (email, fax, mail). */
export const writtenConfirmation = ruleDetector({
  label: 'written-confirmation',
  reasons: {
    default: 'Ofrece enviar lo acordado por escrito (correo, fax): el manual dice que lo deje por escrito, mejor aún con firma.',
  },
  gate: /correo|e-?mail|mail|fax|escrito|carta|whatsapp|mensaje de texto|sms|firme|firma|comprobante|confirmacion/,
  rules: [
    { re: re(`\\b(?<ev>(?:(?:le|te|les|se lo|se la|se los|se las|te lo|te la|te los|te las)\\s+(?:(?:voy|vamos) a\\s+)?(?:envio|enviare|enviamos|enviaremos|enviar|envie|mando|mandare|mandamos|mandar|mande|hago llegar|hare llegar|hacer llegar|remito|remitire|dejo|paso|escribo|escribire|escribir|reenvio|reenviare|comparto)|(?:enviar|mandar|remitir|reenviar)(?:le|te|les)(?:lo|la|los|las)?|hacer(?:le|te) llegar)${gap(8)}(?:(?:por|x) (?:correo(?: electronico)?|e-?mail|mail|fax|escrito|whatsapp|mensaje de texto|sms|carta|correo postal)|(?:un|el|su|la|una) (?:correo|e-?mail|mail|fax|carta|comprobante|confirmacion (?:por escrito|escrita)|resumen (?:por escrito|escrito))|(?:a|en) su (?:correo|e-?mail|mail|fax)))`), keep: (c) => !/\b(?:si|usted|no)\s+$/.test(c.before) && !(/\bya\s+(?:\S+\s+)?$/.test(c.before) && /^(?:le|te|les|se lo|se la|se los|se las)\s+(?:envie|mande|enviamos|mandamos)\b/.test(c.evidence)) && !/\b(?:recados?|mensajes|avisos|llamadas|numero de (?:reporte|folio|caso|ticket|queja))\b/.test(c.evidence) && !/\bcomo (?:siempre|cada mes|de costumbre)\b/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:(?:le|te) (?:dejo|queda|quedara)|tenerlo|tenga|tendra|recibira|recibiras|lo tendra|lo recibe|lo va a recibir|le llegara|le va a llegar) (?:\\S+ ){0,4}?(?:por|en) escrito|(?<!\\b(?:recibio|recibiste|recibieron|llego|tiene|tenia|tuvo)\\s(?:\\S+\\s){0,2})(?:confirmacion|resumen|constancia|detalle) (?:por|en) (?:escrito|correo|e-?mail|mail|fax)|(?:le|te) (?:llega|llegara|va a llegar|cae|caera|va a caer) (?:(?:por|x) (?:correo|e-?mail|mail|fax|whatsapp|escrito)|(?:un|el|una|la) (?:correo|e-?mail|mail|fax|carta))(?: \\S+){0,3}? (?:(?:el |un |la |una )?(?:resumen|confirmacion|detalle|constancia)|lo (?:que )?acordado|los cambios|lo que (?:cambiamos|hablamos|acordamos|quedamos)|todo lo que)|para (?:que|q) (?:lo|la|los|las) (?:firme|firmes|revise y firme)(?:\\s+[a-z]+){0,4}|(?:le|te) (?:hago|hare|voy a hacer|mando|envio|paso|dejo) (?:llegar )?(?:un|el|una|la) (?:documento|constancia|formato|formulario|acuse|copia|minuta|resumen|carta)(?: \\S+){0,4}? (?:para su firma|para que (?:lo|la) firme|por escrito|con (?:lo acordado|los cambios|el acuerdo|lo que acordamos)))`) },
    { re: re(`\\b(?<ev>(?:le|te) (?:mando|envio|paso) (?:\\S+ ){0,3}?(?:todo|eso|lo acordado|los cambios|el resumen|la confirmacion|el detalle|los detalles) (?:al|a su|a tu) (?:correo|e-?mail|mail|fax))`) },
  ],
});

/** `thank`: thanking the caller for raising the issue, their patience, or the chance to improve. */
export const thank = ruleDetector({
  label: 'thank',
  reasons: {
    default: 'Agradece al cliente por avisar o por su paciencia: le dice que su queja nos ayuda a mejorar.',
  },
  gate: /gracias|agradec|agradezc|bueno que|alegra|menos mal|bien que|amable/,
  rules: [
    { re: re(`\\b(?<ev>(?:muchas |mil |muchisimas |de verdad |infinitas )?gracias (?:\\S+ ){0,3}?(?:por|x|de antemano por|por toda)\\s+(?:su|tu|la|el|toda|todo|avisar|avisarnos|avisarme|informar|informarnos|informarme|decir(?:nos|me|lo)|decirnoslo|comentar[a-z]*|avisar[a-z]*|informar[a-z]*|contar[a-z]*|decir[a-z]*|reportar(?:lo|nos)?|hacer[a-z]* (?:saber|ver)|llamar(?:nos|me)? (?:para|y|por)|llamar(?:nos|me)? a [a-z]+(?:ar|er|ir)(?:nos|me|lo|la|le)?\\b|aguantar(?:me|nos)?|esperar|aguardar|la paciencia|comprender|entender|contar(?:nos|me)|traer(?:nos|me)?|mencionar(?:lo|nos)?|senalar(?:lo)?|notificar(?:nos)?|dar(?:nos|me)|permitir(?:nos|me)|tomarse|tomarte|estar|ser|seguir|haber|tener(?:me|nos|le)?|haberme|haberlo|haberla|haberlo|esa|esta|este|esto|eso|sus|tus|los|las|darnos|tenernos|confiar|aguantar|explicar(?:me|nos)?)\\b(?:\\s+[a-z]+){0,3}|(?:que bueno|me alegra|menos mal|que bien) que (?:nos|me) (?:llamo|aviso|avisara|llamara|conto|dijo|informo|lo dijo|lo conto)(?:\\s+[a-z]+){0,3}|(?:(?:le|te|les) )?(?:agradezco|agradecemos|agradeceria|agradeceriamos) (?:mucho |muchisimo |de verdad |sinceramente |un monton |bastante |enormemente |infinitamente |tanto )?(?:que|por|su|tu|la|el|los|las|sus|tus|toda|muchisimo|mucho|de verdad)(?:\\s+[a-z]+){0,3}|se (?:le |te |les )?agradece (?:mucho |muchisimo |de verdad )?(?:que|su|tu|la|el|sus|tus|el aviso)(?:\\s+[a-z]+){0,3}|(?:muy|que|tan|super) amable(?: de su parte| de tu parte)? (?:por|en|al) [a-z]+(?:\\s+[a-z]+){0,3}|(?:(?:le|te|les) )?(?:quedo|quedamos|estoy|estamos|estaremos|me siento|nos sentimos) (?:muy |super |sumamente |tan |muy pero muy )?agradecid[oa]s? (?:por|de que|de|con|porque)(?:\\s+[a-z]+){0,3})`), keep: (c) => !/\bgracias (?:\S+ ){0,3}?(?:por|x) (?:su|tu) (?:llamada|preferencia|atencion)\b/.test(c.evidence) || /^\s*(?:y|para|sobre|de hoy para)\b/.test(c.evidence.replace(/^.*?(?:llamada|preferencia|atencion)/, '') + c.after) },
  ],
});

const NOT_FULL = `(?:no (?:le |te |les )?(?:puedo|podemos|es posible|seria posible|se puede|nos es posible|me es posible|esta permitido|me permiten|me dejan|procede|corresponde)(?: (?:\\S+\\s+){0,4}?)(?:acredit|reembols|devolv|devuelv|descont|bonific|cobr|quit|elimin|anul|condon|perdon|reintegr|abon|rebaj|credito|reembolso|devolucion|descuento|cargo|factura|todo|total|complet|mes)[a-z]*|(?:el |un )?(?:credito|reembolso|descuento|devolucion|bonificacion) (?:total|completo|completa|de todo el mes|del mes completo|de toda la factura|por todo)\\s+no (?:es posible|se puede|procede|puedo|podemos|me es posible|esta permitido|es algo que)|(?:todo|la totalidad|el total|el mes completo) no (?:se lo |se la |le )?(?:puedo|podemos) (?:acreditar|devolver|reembolsar|descontar|bonificar|quitar))`;
const INSTEAD = `(?:pero|sin embargo|lo que si|en cambio|aunque|a cambio|eso si|si (?:le |te )?(?:puedo|podemos))`;
const SUBSTITUTE = `(?:abon[a-z]*|(?:una|alguna) parte|parcial[a-z]*|ofrecer|ofrezco|dar|doy|hacer|aplicar|aplico|quitar|quito|eliminar|elimino|descontar|descuento|bonific[a-z]*|exonerar|condonar|no cobrar|no cobrarle|no le cobro|no le cobramos|dejar|rebajar|rebajo|acreditar|acredito|reembolsar|devolver|devuelvo|perdonar|cubrir|absorber|la mitad|\\d+ ?%|un \\d+|por ciento|un descuento|una bonificacion|un credito|sin costo|gratis|sin cargo|cortesia)`;


// The parts of "the full credit is not possible", in any order: "el crédito total no me lo aprueban", "devolverle la factura completa no está en mis manos".
const REFUSE_MODAL = compact(/\b(?:puedo|podemos|podria|podriamos|es posible|seria posible|se puede|se podria|nos es posible|me es posible|(?:esta|estaria) permitido|me permiten|nos permiten|me dejan|me deja|nos deja|procede|aplica|corresponde|alcanza|(?:esta|estaria) (?:en mis manos|a mi alcance|en mi mano|en mis facultades|dentro de lo que (?:puedo|podemos) (?:autorizar|hacer|ofrecer))|depende de mi|no hay (?:manera|forma|modo|como)|tengo (?:autorizacion|permiso|facultad)|tenemos (?:autorizacion|permiso)|estoy autorizad|estamos autorizad|(?:me|nos|se) (?:lo |la )?(?:aprueban|autorizan|aprueba|autoriza|permite)|lo (?:autorizan|aprueban)|(?:le|se lo|se la) (?:puedo|podemos)|reembolsamos|acreditamos|devolvemos|bonificamos|hacemos (?:reembolsos|devoluciones)|damos (?:creditos|reembolsos))\b/);
const REFUSE_REMEDY = compact(/\b(?:credito|acredit|reembols|devol|devuelv|descuent|descont|bonific|abon|anul|condon|reintegr|rebaj|cobr|quit|elimin|perdon|factura|cargo|plata|dinero|mensualidad|cuota|mes|repon|compens|indemniz|deuda|saldo|dolares|pesos)/);
// A credit or refund named as a thing ("el crédito no procede"): refusing it at all leaves room only for a substitute.
const BARE_REFUSAL = compact(/\bno(?: (?:me|nos|le|te|se lo))? (?:es posible|se puede|puedo|podemos|procede|alcanza|me lo autorizan|lo autorizan)\s*(?:[,;.]|$)|\bno (?:esta|es) (?:dentro de lo que (?:puedo|podemos) (?:autorizar|hacer|ofrecer)|en mis (?:manos|facultades)|a mi alcance|algo que (?:pueda|podamos) (?:hacer|autorizar))|\b(?:todo|completo|el total|la totalidad) no\b/);
const REMEDY_NOUN = compact(/\b(?:credito|reembolso|devolucion|bonificacion|reintegro|indemnizacion|compensacion)\b/);
// "En lugar del reembolso, le ofrezco...": the substitute said as such.
const INSTEAD_OF_REMEDY = compact(/\b(?:en lugar|en vez|a cambio|en reemplazo) de(?:l| la| un| una| su)? (?:credito|reembolso|devolucion|bonificacion|reintegro)/);
const REFUSE_WHOLE = compact(/\b(?:todo|toda|total|totalidad|complet[oa]|enter[oa]|integr[oa]|integramente|el (?:mes|cargo|monto|importe)|la (?:factura|mensualidad)|lo que (?:perdio|perdiste|ha perdido)|(?:sus |las )?perdidas|danos|\d+|mil)\b/);
/** True when a clause of the text says the full credit or refund cannot be given. */
function refusesFull(text: string): boolean {
  if (INSTEAD_OF_REMEDY.test(text)) return true;
  // "Sé que esperaba un crédito completo; no me es posible": the refusal said bare, the credit named in the clause before.
  if (REFUSE_REMEDY.test(text) && REFUSE_WHOLE.test(text) && BARE_REFUSAL.test(text)) return true;
  return text
    .replace(/\bdevolver(?:le|te)? (?:la|su) llamada\b|\bdevuelv[oa] (?:la|su) llamada\b/g, '')
    .split(/[.;:!?]|,\s*(?:pero|sin embargo|en cambio|a cambio|aunque)\b|\b(?:pero|sin embargo|en cambio)\b/)
    .some((cl) => /\b(?:no|ni)\b/.test(cl) && REFUSE_MODAL.test(cl) && REFUSE_REMEDY.test(cl) && (REFUSE_WHOLE.test(cl) || REMEDY_NOUN.test(cl)) && !/\bno (?:le |te )?(?:vamos a|voy a) cobrar\b/.test(cl));
}
// What is offered instead: an offer verb with something concrete (a discount, a fee waived, weeks free, a share, an amount).
const SUBSTITUTE_OFFER = `(?:(?:le|te|les|se lo|se la)\\s+)?(?:(?:si|solo|solamente|nada mas)\\s+)?(?:(?:le|te|les)\\s+)?(?:(?:puedo|podemos|podria|podriamos|voy a|vamos a|quiero)\\s+)?(?:ofrec|ofrezc|propon|propong|dar|doy|damos|dam|aplic|descont|descuent|bonific|acredit|abon|quit|elimin|rebaj|dej|regal|hag|hacer|cubr|absorb|condon|exoner|perdon|no cobr|devolv|devuelv|reembols|compens)[a-z]*(?:\\s+\\S+){0,8}?\\s+(?:un |una |el |la |los |las |del |de )?(?:descuento|credito|bonificacion|abono|mitad|parte|parcial|\\d+ ?%|\\d+|por ciento|dolares|pesos|gratis|gratuit[oa]s?|mensajes|llamadas|minutos|noches?|sin (?:costo|cargo|intereses|recargo)|plan de pagos|plazos?|facilidades|prorroga|cortesia|cargos?|cuota|tarifa|costo|costos|instalacion|servicio|semanas?|mes(?:es)?|dias?|alternativas|opciones|cosas|compensacion)\\b`;

/** `compromise`: a substitute offered when a full credit is not possible. */
export const compromise = ruleDetector({
  label: 'compromise',
  reasons: {
    default: 'Ofrece una alternativa cuando el crédito completo no procede: el cliente recibe algo concreto y la relación se mantiene.',
  },
  gate: /acredit|reembols|devolv|devuelv|descont|descuento|bonific|cobr|cargo|credito|reembolso|devolucion|factura|mitad|%|gratis|cortesia|repon|perdid|perdio|regal|compens|sin costo|parcial|maximo|condon|deuda|anul|rebaj|saldo/,
  twoSentences: true,
  rules: [
    { re: re(`\\b(?<ev>${NOT_FULL}${gap(20)}${INSTEAD}${gap(8)}${SUBSTITUTE}[a-z]*(?:\\s+[a-z0-9%]+){0,5})`), keep: (c) => !/\b(?:devol\w*|devuelv\w*) (?:la|su) llamada\b/.test(c.evidence) },
    { re: re(`\\b(?<ev>no (?:le |se lo |se la |te )?(?:puedo|podemos)[,;]?\\s+(?:pero|sin embargo)\\s+(?:(?:le|te|si|se lo)\\s+){0,2}(?:podria|puedo|podemos|podriamos)\\s+(?:ofrecer|dar|descontar|bonificar|acreditar|quitar|aplicar|rebajar|no cobrar|reembolsar|devolver)[a-z]*(?:\\s+[a-z0-9%$]+){0,5})`), keep: (c) => /\b(?:credit|acredit|descuent|descont|dolar|peso|mil|cargo|factura|cobr|bonific|reembols)|\d|\$/.test(c.sentence.text) },
    // The substitute, with the refusal of the full credit anywhere around it ("le ofrezco..., ya que el crédito completo no procede").
    { re: re(`(?<!\\b(?:no|ni)\\s(?:\\S+\\s)?)\\b(?<ev>${SUBSTITUTE_OFFER})`), keep: (c) => refusesFull(c.sentence.text) && !/^(?:le |te )?(?:dej[a-z]*|hag[a-z]*|hacer[a-z]*)\s+(?:un |el )?(?:mensaje|recado|nota|reporte)/.test(c.evidence) },
    // The share given, said short: "el mes completo no se lo puedo bonificar; la mitad sí", "todo no, pero una parte sí".
    { re: re(`\\b(?<ev>(?:la mitad|una parte|parte|un porcentaje|el \\d+ ?%|\\d+ ?%|algo)(?: del? [a-z]+)? si\\b(?: (?:se lo|se la|le|te) (?:puedo|podemos) [a-z]+)?)`), keep: (c) => refusesFull(c.sentence.text) && /(?:^|[,;:]\s*|\bpero\s+)$/.test(c.before) },
    // A ceiling stated as the offer: "lo máximo que le puedo acreditar es la mitad".
    { re: re(`\\b(?<ev>(?:lo (?:maximo|mas) que|hasta donde|lo que si) (?:le |te |les )?(?:puedo|podemos|podria|me autorizan a|me dejan) (?:ofrecer|acreditar|devolver|descontar|bonificar|reembolsar|dar|quitar|hacer)(?:le|te|les)? (?:es|seria|son)(?:\\s+[a-z0-9%$]+){1,6})`), keep: (c) => /\b(?:mitad|parte|parcial|descuento|credito|bonific|abono|cargo|semana|mes|dia|gratis|sin costo|dolar|peso|%|\d)/.test(c.evidence) },
    // A partial credit offered as such: "le puedo ofrecer un crédito parcial".
    { re: re(`\\b(?<ev>(?:credito|reembolso|devolucion|bonificacion|abono|descuento) parcial|(?:una )?parte (?:del|de la|de su) (?:cargo|factura|mes|credito|cobro|mensualidad))\\b`), keep: (c) => /\b(?:ofrec|ofrezc|propon|propong|puedo|podemos|podria|le doy|le aplico|le hago|le dejo)/.test(c.sentence.text) && !/\b(?:no|ni)\s+(?:\S+\s+){0,3}$/.test(c.before) },
  ],
});

// What lowers a bill (the effect), in any tense or person: "bajarían su factura", "pagaría menos", "menos costo", "se evita el cargo".
const SAVING_EFFECT = `(?:(?:baj|reduc|reduj|disminu|ahorr|recort|abarat|rebaj|economiz)[a-z]*(?:\\s+\\S+){0,4}?\\s+(?:factura|cuenta|costo|costos|cobro|cobros|cargos?|minutos|gasto|gastos|consumo|pago|mensualidad|tarifa|importe|monto|plata|dinero|recibo|excedente)|(?:pag|cobr|gast)[a-z]* (?:\\S+ )?(?:bastante |mucho |un poco |algo )?menos|(?:cuesta|costaria|costara|cuestan|costarian|sale|salga|salgan|saldria|saldra|salen|saldrian|es|seria|resulta|resultaria) (?:\\S+ )?(?:mas |bastante |mucho )?(?:barat[a-z]*|economic[a-z]*)|(?:menos|ahorro de|ahorrar|ahorra|ahorraria|ahorrarse|ahorrarle) (?:\\S+ )?(?:costo|minutos|tiempo|dinero|plata|cargos?|cobros?)|(?:se |le |lo |nos )?(?:evita|evitaria|evitan|evitarian|ahorra|ahorraria|quita|quitaria)(?:\\s+\\S+){0,2}?\\s+(?:el |los |un |ese |esos )?(?:cargo|cargos|cobro|cobros|costo|minutos|excedente)|(?:puede|podria|podrian|pueden|va a|van a|le ayudaria a|le ayuda a|para) (?:\\S+ )?(?:ahorrar|economizar|ahorrarse)(?:le)?\\b(?! (?:tiempo|pasos|trabajo|molestias|vueltas))|(?:dura|duran|duraria|durarian|tarda|tardan|tardaria|tardarian) menos\\b|(?:se )?(?:acorta|acortan|acortaria|acortarian) (?:cada|la|las|su|sus) llamadas?\\b|(?<!para )(?:ahorra|ahorran|ahorraria|ahorrarian|ahorre|ahorren|economiza|economizan)\\b(?! (?:tiempo|pasos|trabajo|molestias|vueltas))|ya no (?:le |les |te )?(?:costaria|costarian|costara|costaran|cobrariamos|cobraria|cobraran|cobrarian|pagaria|pagarian|gastaria|se (?:le )?cobraria|se (?:le )?cobrarian)|(?:formas|maneras|ideas|consejos|tips|opciones|modos|recomendaciones) (?:de|para) (?:bajar|reducir|ahorrar|disminuir|pagar menos|que (?:le )?baje)|(?:su |la |el |sus |los )?(?:factura|cuenta|costo|costos|cobro|cargos|gasto|consumo|mensualidad) (?:\\S+ ){0,2}?(?:baja|bajaria|bajara|bajan|bajarian|se reduce|se reduciria|se reducira|disminuye|disminuiria|saldria mas barat[oa]|sale mas barat[oa]))`;
// Saving time is about money only when the bill is in view ("para ahorrar tiempo, le mando el formulario" is not).
const MONEY = compact(/\b(?:factura|costo|costos|cobro|cobros|minutos|cargos?|pag[a-z]*|barat[a-z]*|economic[a-z]*|plata|dinero|tarifa|mensualidad|recibo)\b/);
// ...or when the time saved is our agents' time on each call (rulebook: "would cut the time our agents spend waiting").
const OUR_TIME = compact(/\b(?:operador(?:a|es|as)?|agentes?|esperando|por llamada|cada llamada|en la linea)\b/);
// What the client could change: greeting, menu, voicemail, hours, plan, texts instead of calls...
const COST_DRIVER = compact(/\b(?:saludo|bienvenida|grabacion|menu|opciones del menu|buzon|horario|hora del cierre|cierre|plan|paquete|texto|sms|portal|correo|mensajes? (?:no urgentes|de rutina)|recados? (?:de rutina|no urgentes)|desvio|desviar|parcheo|guion|script|instrucciones|preguntas|pasos|anuncio|agrup|junt|llamadas (?:de rutina|no urgentes)|menos llamadas|excedente|minutos|app|aplicacion|en vez de|en lugar de)\b/);

/** `cost-saving`: concrete ways for the client to lower their bill. */
export const costSaving = ruleDetector({
  label: 'cost-saving',
  reasons: {
    default: 'Sugiere una forma concreta de bajar la factura del cliente (manual, lista de factura alta: puntos 8 y 9).',
  },
  gate: /menos|baj|reduc|reduj|disminu|ahorr|abarat|recort|rebaj|barat|economic|quit|elimin|acort|simplific|cort|breve|conviene|omit|evit|pag|cobr|cost/,
  rules: [
    { re: re(`\\b(?<ev>(?:para|si quiere|si desea|una (?:forma|manera) de|puede|podria|le ayudaria a|le ayuda a|ayudaria a|ayuda a|podemos|podriamos)\\s+(?:\\S+\\s+){0,3}?(?:bajar|reducir|disminuir|ahorrar|abaratar|recortar|rebajar|bajarle|reducirle|ahorrarle)(?:le)? (?:\\S+\\s+){0,2}?(?:su |la |el |los |sus |en )?(?:factura|cuenta|costo|costos|cobro|cobros|cargos?|minutos|gasto|consumo|pago|mensualidad|tiempo|dinero|tarifa|importe))`), keep: (c) => !/\bno\s+(?:\S+\s+)?$/.test(c.before) && (!/\btiempo$/.test(c.evidence) || (inText(c, MONEY) || inText(c, OUR_TIME))) },
    { re: re(`\\b(?<ev>(?:si|cuando) (?:\\S+\\s+){0,2}?(?:quita|quitamos|quitan|elimina|eliminamos|acorta|acortamos|acorte|quite|elimine|reduce|reducimos|simplifica|simplificamos)\\s+(?:\\S+\\s+){0,8}?(?:baja|bajaria|bajara|reduce|reduciria|ahorra|ahorraria|disminuye|sale mas barat|le sale mas barat|paga menos|pagaria menos|pagara menos|dura menos|duran menos|gasta menos|cuesta menos)[a-z]*(?:\\s+(?:su|la|el) (?:factura|cuenta|costo|cobro))?)`) },
    { re: re(`\\b(?<ev>(?:reduciria|reduce|reducira|bajaria|baja|bajara|ahorraria|ahorra|ahorraran|disminuiria|disminuye|recortaria|acortaria|acorta)\\s+(?:\\S+\\s+){0,6}?(?:tiempo|minutos|costo|costos|factura|cargo|cargos|cobro|gasto|cuenta))`) },
    { re: re(`\\b(?<ev>(?:le |te )?(?:saldria|sale|salga|saldra|va a salir|vendria|quedaria) (?:\\S+ )?(?:mas |bastante |mucho mas )?(?:barat[oa]s?|economic[oa]s?|a cuenta))`) },
    { re: re(`\\b(?<ev>(?:quitar|quitarle|eliminar|eliminarle|acortar|simplificar|recortar|resumir|sacar|omitir|quitamos|eliminamos|acortamos|quita|elimina|acorta|acorte|quite|elimine|simplifique)\\s+(?:\\S+\\s+){0,3}?(?:menu|saludo|mensaje|grabacion|opciones|instrucciones|bienvenida|guion|script|pasos|preguntas|anuncio)(?:\\s+\\S+){0,8}?\\s+(?:(?:agrega|anade|suma|aumenta|alarga|cuesta|tiempo|minutos|factura|cobro)\\b|barat|ahorr|reduc|baj))`) },
    { re: re(`\\b(?<ev>(?:un |el |su )?(?:saludo|mensaje|grabacion|bienvenida|guion|menu)(?: de (?:\\S+ ){1,3}?)?(?: (?:mas|muy) (?:cort[oa]|breve|sencill[oa]|simple))(?:\\s+\\S+){0,6}?\\s+(?:reduc|baj|ahorr|menos|barat|disminu|recort)[a-z]*)`) },
    { re: re(`\\b(?<ev>(?:le conviene|conviene|le recomiendo|le sugiero|le aconsejo|seria bueno|le serviria)\\s+(?:\\S+\\s+){0,10}?(?:horario de oficina|menos minutos|mas cort[oa]|mas breve|para (?:bajar|ahorrar|reducir|pagar menos)|menos llamadas|buzon de voz|mensaje de texto))`) },
    { re: re(`\\b(?<ev>(?:plan|paquete|tarifa) (?:mas )?(?:barat[oa]|economic[oa]|adecuad[oa]|chico|pequeno|basico)(?:\\s+[a-z]+){0,4}|(?:cambiar(?:se)?|pasar(?:se)?|bajar(?:se)?) (?:a|de) (?:un|una) (?:plan|paquete|tarifa) (?:\\S+ )?(?:menor|mas barat[oa]|mas economic[oa]|basic[oa]|mas chico))`) },
    // Effect + what to change, in either order: "quitar el menú...; las dos cosas bajarían su factura", "si deja los recados en el buzón, pagaría menos".
    { re: re(`\\b(?<ev>${SAVING_EFFECT})`), keep: (c) => inText(c, COST_DRIVER) && (!/\btiempo$/.test(c.evidence) || (inText(c, MONEY) || inText(c, OUR_TIME))) && !/\b(?:no|ni|nunca|tampoco)\s+(?:\S+\s+){0,2}$|\bsin\s+$/.test(c.before) && !/\b(?:no hay (?:forma|manera)|por que)\b/.test(c.before) && !/^(?:bajo|bajaron|subio|redujo|redujeron|disminuyo|rebaje|baje|reduje)\b/.test(c.evidence) && !/\?\s*$/.test(c.sentence.text.slice(c.from)) },
  ],
});

// Saying one may not tell, in any order: "no puedo confirmar si...", "eso no se lo puedo decir", "la política no nos permite dar...".
const MAY_NOT_TELL = `(?:no|ni) (?:(?:le|te|les|se lo|se la|se los|se las|lo|la|los|las|me|nos)\\s+)?(?:(?:damos|doy|compartimos|comparto|proporcionamos|revelamos|confirmamos|informamos|divulgamos|facilitamos|brindamos)\\b|(?:puedo|podemos|se puede|se pueden|es posible|se permite|podria|podriamos|estoy autorizad[oa] (?:para|a)|estamos autorizad[oa]s (?:para|a)|tengo permitido|tenemos permitido|tengo (?:autorizacion|permiso) (?:para|de)|tenemos (?:autorizacion|permiso) (?:para|de)|se me permite|se nos permite|nos es posible|me es posible|esta permitido|me permiten|nos permiten|me dejan|nos dejan|estoy en posicion de|estamos en posicion de|(?:me|nos) (?:permite|deja|autoriza)|manejamos|damos|doy|compartimos|comparto|proporcionamos|proporciono|revelamos|revelo|confirmamos|confirmo|informamos|divulgamos)\\s+(?:\\S+\\s+){0,2}?(?:dar(?! de (?:baja|alta))|compartir|proporcionar|revelar|facilitar|pasar|informar|decir|brindar|divulgar|dar a conocer|confirmar|entregar|ofrecer|comentar|dar(?:le|te|les)? (?:a conocer|informes|informacion|datos)|damos|doy|compartimos|comparto|proporcionamos|revelamos|confirmamos|informamos)(?:le|te|les|selo|sela|selos|selas|lo|la)?\\b)`;
const PRIVATE_INFO = compact(/\b(?:informacion|info|datos?|numero|numeros|(?<!por )telefonos?|celular|direccion|domicilio|horarios?|agenda|ubicacion|paradero|correo|extension|nombre|si (?:\S+ ){0,3}?(?:es|esta|trabaja|atiende|sigue|vive)\b|donde|quien|a que hora|cliente|clientes|paciente|pacientes)\b/);
const THIRD_PARTY = compact(/\b(?:doctor|doctora|doctores|doctoras|medicos|dr|dra|cliente|clientes|consultorio|clinica|paciente|pacientes|medico|medica|licenciad[oa]|abogad[oa]|ingenier[oa]|contador[a]?|empresa|oficina|sr|sra|senor|senora)\b/);
const PASS_MESSAGE = compact(/\b(?:recado|recados|mensaje|mensajes)\b/);
const STRICTLY_PRIVATE = compact(/\b(?:celular|telefono personal|numero personal|numero privado|numero directo|direccion|domicilio|paradero|donde (?:vive|esta|se encuentra))\b/);

/** `protect-privacy`: declining to release a client's information, or offering only to pass a message. */
export const protectPrivacy = ruleDetector({
  label: 'protect-privacy',
  reasons: {
    default: 'Protege la información del cliente: no la comparte con quien no está autorizado y ofrece pasar un mensaje (manual, Parte IV).',
  },
  gate: /doy|damos|comparti|comparto|proporcion|confidencial|privad|privacidad|autoriza|permit|compartir|revel|facilitar|dar|divulg|brindar|proteccion de datos|puedo|podemos|confirm|inform|decir|manejamos|recado|mensaje/,
  rules: [
    { re: re(`\\b(?<ev>no (?:doy|damos|compartimos|comparto|proporcionamos|proporciono|revelamos|revelo|damos a conocer|manejamos|manejo|facilitamos|brindamos|divulgamos) (?:\\S+\\s+){0,2}?(?:informacion|datos|numeros|telefonos|direcciones)(?:\\s+[a-z]+){0,5})`) },
    { re: re(`\\b(?<ev>no (?:le |te |les )?(?:puedo|podemos|estoy autorizad[oa] (?:para|a)|estamos autorizad[oa]s (?:para|a)|tengo permitido|tenemos permitido|se me permite|se nos permite|nos es posible|me es posible|esta permitido|me permiten|nos permiten|me dejan)\\s+(?:\\S+\\s+){0,2}?(?:dar|compartir|proporcionar|revelar|facilitar|pasar|informar|decir|brindar|divulgar|dar a conocer|confirmar|entregar)(?:le|te|les|selo|sela)?\\s+(?:\\S+\\s+){0,4}?(?:informacion|datos|numero|telefono|celular|direccion|horario|horarios|detalles|nada (?:de|sobre)|su (?:numero|telefono|celular|direccion)|el (?:numero|telefono|celular|correo|domicilio|paradero)|donde (?:esta|se encuentra|vive)))`), keep: (c) => !/\bnumero de (?:reporte|folio|caso|ticket|cuenta|queja|orden)\b|\b(?:hasta que|todavia|aun no|por ahora)\b/.test(c.sentence.text) && !/\b(?:su|tu) (?:propi[oa]|factura|cuenta|saldo)\b/.test(c.sentence.text.slice(c.from)) || /\b(?:cliente|doctor|doctora|consultorio|clinica|paciente|medico)/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:esa |esta |la |dicha )?(?:informacion|datos)(?: (?:de nuestros clientes|de (?:los|nuestros) clientes|del (?:doctor|consultorio|cliente|medico)|de la (?:doctora|clinica)|personales|de contacto))?\\s+(?:es|son|esta|estan)\\s+(?:estrictamente |totalmente )?(?:confidencial(?:es)?|privad[oa]s?|protegid[oa]s?|reservad[oa]s?)|por (?:razones de |motivos de |politica de |politicas de )?(?:confidencialidad|privacidad|proteccion de datos|seguridad del cliente)|(?:es|son) (?:informacion )?(?:confidencial(?:es)?|privad[oa]s?))\\b`) },
    // Declining to tell, when what is asked is someone else's details or a message is offered instead.
    { re: re(`\\b(?<ev>${MAY_NOT_TELL})`), keep: (c) => {

      if (/\b(?:su|tu) (?:factura|cuenta|saldo|credito|reporte|folio|caso)\b|\b(?:todavia|aun|por ahora|hasta que)\b/.test(c.sentence.text)) return false;
      return (inText(c, PRIVATE_INFO) && (inText(c, THIRD_PARTY) || inText(c, PASS_MESSAGE) || inText(c, STRICTLY_PRIVATE))) || (inText(c, PASS_MESSAGE) && inText(c, THIRD_PARTY));
    } },
    // Pointing the question to the client and offering a message: "eso sería una pregunta para la doctora; ¿quiere que le deje el recado?"
    { re: re(`\\b(?<ev>(?:eso|esa pregunta|esa informacion|ese dato|eso ya) (?:seria|es|tendria que ser|se lo tendria que dar|se lo tiene que dar) (?:una pregunta |un tema |algo )?(?:para|de) (?:el|la|su) (?:doctor|doctora|dr|dra|medico|medica|cliente|licenciad[oa]|consultorio|clinica))\\b`), keep: (c) => inText(c, PASS_MESSAGE) },
    // Only a message can be passed along: "solo puedo tomarle el recado", "lo único que puedo hacer es pasarle su mensaje".
    { re: re(`\\b(?<ev>(?:solo|solamente|unicamente|nada mas|lo unico que|lo que si) (?:le |te |les )?(?:puedo|podemos|podria) (?:hacer es |ofrecer(?:le|te)? (?:es )?)?(?:tomar|pasar|dejar|hacer llegar|anotar|recibir|enviar|mandar|dar)(?:le|te|les|selo|sela)? (?:\\S+ ){0,2}?(?:recado|mensaje))`), keep: (c) => inText(c, THIRD_PARTY) || inText(c, STRICTLY_PRIVATE) },
  ],
});
