import { compact } from '../../patterns.ts';
import { dropOverlapping, type Detector, type Hit } from '../../detector.ts';
import { matchesIn, type Doc } from '../../text.ts';
import { ruleDetector, re, gap, near } from '../rule.ts';
import { CLOCK, LONG, NOSPEC, NOW, RETURN, WINDOW } from '../time.ts';
import { esView, pairs } from '../view.ts';

// Patterns this file runs itself, compacted as `ruleDetector` does its own (patterns.ts, compact: far less compiled code).
const cre = (source: string): RegExp => compact(source, 'g');

// A question or a choice is an offer, not a commitment (judgement call 4).
const OFFER_BEFORE = /(?:\b(?:quiere|quieres|queres|prefiere|prefieres|preferis|desea|deseas|gusta|gustaria|le parece|te parece|puedo|podria|podemos|podriamos|si (?:quiere|gusta|desea|prefiere))\s+(?:que\s+)?(?:\S+\s+){0,3}|¿\s*(?:\S+\s+){0,2})$/;
const CONTINGENCY = /\bsi (?:se (?:corta|cae|pierde|interrumpe)|perdemos (?:la|el) (?:comunicacion|llamada|señal|senal)|nos (?:cortan|desconectan))/;
const CHECK_AFTER = /^\W*(?:\S+\s+){0,8}?para (?:\S+\s+){0,2}?(?:asegurar|confirmar|verificar|ver|saber|comprobar|checar|cerciorar|preguntar)(?:me|nos|le|te)?\s+(?:de\s+)?(?:que|si|como)\b/;
const TIMED = compact(`\\b(?:${WINDOW})|\\b(?:el |este |este proximo |el proximo )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\\b|\\b(?:${CLOCK})|\\bmanana\\b(?! (?:o|u) )`);

const SOMEONE = `(?:ella|el(?= (?:se|le|lo|la|te) )|alguien|una persona|un (?:companero|compañero|tecnico|asesor|agente|especialista|ejecutivo|representante)|(?:el|la|nuestro|nuestra) (?:equipo|area|departamento|oficina|personal|supervisor|supervisora|gerente|encargad[oa])(?: de [a-z]+)?|ellos|ellas)`;
const SOMEONE_CALLS = cre(`\\b(?<ev>${SOMEONE}${near(3)}(?:(?:se |le |lo |la |te |les )?(?:va|van|ira|iran) a (?:comunicar|llamar|hablar|contactar|contestar|responder|poner en contacto|devolver|regresar|marcar|buscar|escribir|mandar un correo|avisar|dar (?:respuesta|seguimiento))|(?:le|lo|la|te|les) (?:llamara|llamaran|contactara|contactaran|buscara|buscaran|respondera|responderan|contestara|contestaran|avisara|avisaran|llama|llaman|contesta|contestan|responde|responden|avisa|avisan|marca|marcan)|se (?:comunicara|comunicaran|pondra en contacto|pondran en contacto|comunica|comunican))(?:\\s+(?:con (?:usted|ud|vos|ti|contigo)|de vuelta))?)`);
const IMPERSONAL = cre(`\\b(?<ev>se (?:lo|la|le|los|las) (?:van|va) a (?:resolver|arreglar|solucionar|corregir|acreditar|reembolsar|devolver|aplicar)|se (?:le|la|lo|te) (?:va a |van a )?(?:contactar|contactara|llamar|llamara|avisar|avisara|responder|respondera|informar|informara)|(?:le|lo|la|te|les) (?:llamaran|contactaran|avisaran|responderan|contestaran|buscaran|estaran llamando)|se (?:comunicaran|pondran en contacto) (?:con (?:usted|ud|vos|contigo))?|(?:le|te|lo|la|los|las) (?:van|iran) a (?:llamar|contactar|avisar|responder|contestar|marcar|buscar))\\b`);
const COMMITTED = cre(`\\b(?<ev>${RETURN})\\b`);
const LONG_RE = cre(`\\b(?<ev>${LONG})\\b`);
// Every LONG / NOSPEC phrase contains one of these words.
const LONG_CUE = /tiemp|ratote|o manana|o pasado|semana|mes\b|meses|dias|horas|eventual|tarde o temprano|algun|su momento|cuando se|con el tiempo|veremos|se vera|a ver cuando|estos dias|proxim|siguientes|pasado|finales|fin de|termine|acabe/;
const NOSPEC_CUE = /no se cuando|quien sabe|pronto|luego|despues|mas tarde|rato|cuando|brevedad|posible|en cuanto|tan pronto|cuanto antes|apenas|oportuno|proximamente|adelante|dia de estos|algun momento|breve/;
const NOSPEC_RE = cre(`\\b(?<ev>${NOSPEC})\\b`);
// A resolution or reply in the same sentence is what the long time is about.
const RESOLVE = /\b(?:(?:lo|la|eso) (?:ve|ven|vera|veran)\b|(?:le|te) (?:digo|dire|explico|cuento|platico)|llam|marc|comunic|contact|respond|respuesta|contest|resolv|resuel|solucion|arregl|revis|investig|acredit|reembols|devolv|devuelv|proces|reflej|aparec|caen|tard|demor|tom|lleva|avis|tener|tendr|estar list|quedar|queda|qued|listo|ver |vemos|veremos|atend|envi|mand|recib|llega|corrig|correg|cambi|actualiz|ajust|aplic|trabaj|busc|ocup|encarg|pondr|hablar|habl|notici|novedad|informar|inform|confirm|regres|volver|vuelv)/;
const NOT_COMMITTED = /\b(?:nadie|ninguno|ninguna|iba a|ibamos a|debia|debio|debiamos|tenia que|teniamos que|se suponia que|quedo en|quedaron en|intente|intentamos|intento|no (?:pude|pudimos|pudo)|olvid\w+|nunca|ayer|anoche|cuando (?:usted|ud)|usted (?:dijo|pidio)|me dijo|nos dijo)\s+(?:\S+\s+){0,3}$/;
// "antes de que alguien les contestara", "sin que nadie la llame": a clause inside another, not a promise.
const PAST_DAY = /\b(?:ayer|anoche|antier|antenoche|anteayer|la semana pasada|el mes pasado|el otro dia|esa noche|ese dia|aquella vez|la otra vez)\b/;
const SUBORDINATE = /\b(?:antes de|sin|hasta|para|despues de|en lo que|mientras|ojala|aunque) que\s+(?:\S+\s+){0,2}$/;
const RELATIVE = /\b(?:(?:al|a la|en el|en la|por el|del|de la|el|la|lo) que|(?:a |en )?donde|en (?:el )?cual|al cual)\s+$/;
const CALLER_ACTS = /\b(?:usted|ud|tu|vos|puede|podria|pueda|le pido que|necesito que|si)\s+(?:\S+\s+){0,1}$/;
const NEGATED = /\bno\s+(?:\S+\s+)?$/;

/** True when the match's verb was typed as a past tense ("llamó", "contestó"): a report, not a promise. */
function pastTense(accented: string, from: number, match: string): boolean {
  const verb = /^(?:(?:le|lo|la|te|les|los|las|me)\s+)?(?:(?:vuelvo|volvemos|voy|vamos|volvere|estare)\s+a?\s*)?([a-z]+)/.exec(match);
  if (!verb) return false;
  const at = match.indexOf(verb[1]!, verb[0].length - verb[1]!.length);
  return /ó$/.test(accented.slice(from + at, from + at + verb[1]!.length));
}

const INFINITIVE = /^[a-z]+(?:ar|er|ir)(?:le|lo|la|te|les)\b/;
const GOING_TO = /\b(?:voy|vamos|ire|iremos|vuelvo|volvemos) a\s+$/;

const RETURN_NOW = cre(`\\b(?:${RETURN})(?:\\s+[a-z]+){0,3}?\\s+${NOW}\\b|\\b${NOW},?\\s+(?:${RETURN})\\b`);

function hasTime(text: string): boolean {
  RETURN_NOW.lastIndex = 0;
  return TIMED.test(text) || RETURN_NOW.test(text);
}

/** `vague-timeframe`: a call back or resolution with no concrete time, or one beyond a business day. */
export const vagueTimeframe: Detector = {
  label: 'vague-timeframe',
  reasons: {
    es: {
      default: "Sin una hora concreta el cliente se queda esperando; comprométase con un momento realista ('le llamo antes de las 3'), máximo un día hábil.",
      long: 'Ese plazo pasa de un día hábil; el manual dice: máximo un día hábil y plazos realistas.',
      someone: "'Alguien lo va a llamar' no compromete a nadie ni a ninguna hora; diga quién y cuándo.",
    },
  },
  detect(doc: Doc): Hit[] {
    const view = esView(doc);
    if (!/pasado|caen|llegan|aparec|reflej|tiemp|resuel|ratote|resolv|arregl|soluc|corregir|acredit|reembols|habl|cuanto|apenas|breve|adelante|oportuno|proximamente|escrib|cuando|veremos|vera|pued|llam|marc|comunic|contact|avis|respuesta|respond|contest|devolv|devuelv|regres|semana|mes|dias|horas|eventual|tarde|pronto|luego|despues|rato|pueda|brevedad|posible|algun|momento|proxim|confirm|inform|busc|noticia|novedad/.test(view.text)) return [];
    const hits: Hit[] = [];
    const add = (start: number, m: RegExpExecArray, reason?: string) => {
      const ev = m.groups?.ev ?? m[0];
      const from = m.index + m[0].indexOf(ev);
      const h: Hit = { start: start + from, end: start + from + ev.trimEnd().length };
      if (reason) h.reason = reason;
      hits.push(h);
    };
    for (const s of view.sentences) {
      const t = s.text;
      if (CONTINGENCY.test(t)) continue;
      const timed = hasTime(t);
      // Beyond a business day, about a reply or a fix (a cheap cue first: most sentences name no period).
      for (const m of LONG_CUE.test(t) ? matchesIn(t, LONG_RE) : []) {
        const ev = m.groups!.ev!;
        const standalone = /ya veremos|ya se vera|a ver cuando|cuando se pued|eventualmente|tarde o temprano|algun (?:momento|dia)|en su momento|cuando se pueda|con el tiempo/.test(ev);
        // "el cargo de la próxima factura" names a bill, not when the fix comes.
        const lead = t.slice(Math.max(0, m.index - 24), m.index);
        if (/\b(?:de|del)\s+(?:la\s+|los\s+|las\s+|sus\s+)?$/.test(lead) && !/\b(?:tard|demor|tom|llev|plazo|entre|aqui)[a-z]*\s+de\s+$/.test(lead)) continue;
        if (/^(?:este mes|esta semana)$/.test(ev) && !/\b(?:(?:se lo|se la|le|lo|la|te) (?:soluciono|solucionamos|resuelvo|resolvemos|arreglo|arreglamos|corrijo|corregimos|tengo|tenemos|mando|mandamos|envio|enviamos|llamo|llamamos|marco|marcamos)|(?:voy|vamos|va|van) a\s+(?:\S+\s+)?(?:resolver|arreglar|solucionar|llamar|revisar|corregir|ajustar|aplicar|acreditar|reembolsar|devolver|mandar|enviar|contestar|responder|tener|ver|quedar)|[a-z]+(?:are|ere|ire|ara|era|ira|aremos|eremos|iremos|aran|eran|iran))\b/.test(t)) continue;
        if (!standalone && !RESOLVE.test(t)) continue;
        // "le quito el cargo en la próxima factura": the bill is where the credit shows, not when a fix comes.
        if (/(?:factura|ciclo|periodo|corte|estado de cuenta)$/.test(ev) && /\b(?:cargo|credito|descuento|bonificacion|reembolso|ajuste|cobro|saldo a favor|nota de credito|quit|descont|bonific|acredit|reembols|rebaj|exoner|perdon)/.test(t)) continue;
        if (/\b(?:hace|desde hace|lleva|llevo|llevamos|llevan|pasad[oa]s?|ultim[oa]s?)\s+$/.test(t.slice(Math.max(0, m.index - 16), m.index))) continue;
        // "(usted) lleva tres días sin..." is how long the caller has waited.
        if (/^lleva/.test(ev) && /\b(?:usted|ud|que|ya|tu|vos|apenas|solo|recien|nomas)\s+$/.test(t.slice(Math.max(0, m.index - 10), m.index))) continue;
        if ((/\b(?:ya|ayer|anoche|antes)\b/.test(t.slice(0, m.index)) || /\b(?:hemos|he|han|habiamos|tuvimos|estuvimos|hubo)\b/.test(t)) && !/\b(?:va|van|vamos|voy|ire|sera|estara|llegara|tarda|tardan|tardara|tardaran|demora|demoran|demorara|toma|toman|tomara|lleva|llevan|llevara|puede|pueden)\b/.test(t)) continue;
        // "Eso normalmente tarda unos días, pero hoy mismo lo dejo listo": the usual time, beaten by a concrete one.
        if (/\b(?:normalmente|por lo general|usualmente|generalmente|suele|suelen|regularmente)\b/.test(t) && timed) continue;
        add(s.start, m, 'long');
      }
      if (timed) continue;
      // No time at all: "pronto", "más tarde", "lo antes posible".
      for (const m of NOSPEC_CUE.test(t) ? matchesIn(t, NOSPEC_RE) : []) {
        if (!RESOLVE.test(t)) continue;
        // "por lo pronto" (for now), "de pronto" (suddenly; perhaps, in Colombia); "después de la actualización" places an event.
        if (/^pronto$/.test(m[0]) && /\b(?:por lo|de)\s+$/.test(t.slice(Math.max(0, m.index - 7), m.index))) continue;
        if (/^despues$/.test(m[0]) && /^ (?:de (?:la|el|los|las|su|sus|una|un|eso|esto|ese|esa|esta|este|haber|cada)|del|de que (?:se|lo|la|le|usted|el|ella))\b/.test(t.slice(m.index + m[0].length))) continue;
        // "después hablamos" defers the conversation; "me lo regresa firmado cuando pueda" is the caller's errand.
        if (/^\s+(?:hablamos|platicamos|seguimos|vemos|nos vemos|lo vemos|lo hablamos)\b/.test(t.slice(m.index + m[0].length))) continue;
        if (/\b(?:me|nos) (?:lo |la |los |las )?(?:regresa|manda|envia|devuelve|firma|llama|marca|confirma|avisa|escribe|trae|pasa)\b/.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "Ya quedó aplicado; pronto lo va a ver en su cuenta": the fix is done, the time only says when it shows.
        if (/\bya (?:(?:quedo|esta|quedaron|estan) (?:aplicad|hech|list|corregid|actualizad|cambiad|registrad|acreditad)|se (?:aplico|hizo|corrigio|cambio|actualizo|acredito)|lo (?:aplique|corregi|cambie|actualice|acredite))/.test(t) && /\b(?:ver|vera|aparec|reflej|notar)/.test(t)) continue;
        // "Más tarde, si quiere, le explico...": an offer, not a commitment.
        if (/\bsi (?:usted )?(?:quiere|gusta|desea|prefiere|le parece|lo necesita)\b/.test(t)) continue;
        // "Desde luego" means "of course"; "luego luego" (Mexico) means right away.
        if (/^luego$/.test(m[0]) && /^ de [a-z]+(?:ar|er|ir)\b/.test(t.slice(m.index + 5))) continue;
        // Reported speech: "su paciente dijo que lo llamaría más tarde" is someone else's word.
        if (/\b(?:dijo|dijeron|comento|comentaron|quedo en|quedaron en|prometio|prometieron|me dijo|le dijo|avisaron) que\b/.test(t.slice(0, m.index))) continue;
        if (/^luego$/.test(m[0]) && (/\bdesde\s+$/.test(t.slice(Math.max(0, m.index - 8), m.index)) || /^,?\s+luego\b/.test(t.slice(m.index + 5)) || /\bluego,?\s+$/.test(t.slice(Math.max(0, m.index - 8), m.index)))) continue;
        if (/\b(?:esper|en (?:la )?linea|en espera)/.test(t) && /\b(?:o|u)\b/.test(t)) continue;
        // "¿Le llamo cuando tenga la respuesta?" asks; it does not commit.
        if (/^cuando /.test(m[0]) && /¿/.test(t.slice(0, m.index)) && /\?/.test(t.slice(m.index))) continue;
        // "pronto es la temporada alta" says when something happens, not when we reply.
        if (/^\s+(?:es|sera|viene|empieza|comienza|llega la|llega el)\b/.test(t.slice(m.index + m[0].length))) continue;
        // "cuando pueda, revise su buzón" tells the caller when to act.
        if (/^,?\s+(?:revise|llame|marque|mande|envie|escriba|verifique|chequee|cheque|vea|pase|venga|regrese|comuniquese|intente|confirme|avise|nos (?:llama|avisa|manda|escribe|confirma))\b/.test(t.slice(m.index + m[0].length))) continue;
        // "llame al rato" tells the caller to call; it promises nothing from us.
        if (/\b(?:llame|marque|vuelva a llamar|intente|hable|comuniquese|escriba)\b/.test(t.slice(0, m.index))) continue;
        if (/\bpara\s+(?:\S+\s+){0,2}$/.test(t.slice(Math.max(0, m.index - 30), m.index)) && /\b(?:numero|telefono|celular)\b/.test(t)) continue;
        // "hablamos después" is a goodbye; "le hablamos después" is a promise.
        if (/\b(?:hasta|nos vemos|que se mejore|(?<!\b(?:le|te|lo|la|les) )hablamos)\s+$/.test(t.slice(Math.max(0, m.index - 14), m.index))) continue;
        // "después de revisar, le explico" ties the reply to a step, not to a vague time.
        if (/^despues$/.test(m[0]) && /^ de [a-z]+(?:ar|er|ir)\b/.test(t.slice(m.index + m[0].length))) continue;
        // "qué pasó después" asks about the past.
        if (/\b(?:paso|sucedio|ocurrio|hizo|hicieron|llamo|llamaron|dijo|dijeron|fue)\s+$/.test(t.slice(Math.max(0, m.index - 14), m.index))) continue;
        add(s.start, m);
      }
      for (const m of [...matchesIn(t, SOMEONE_CALLS), ...matchesIn(t, IMPERSONAL)]) {
        const before = t.slice(Math.max(0, m.index - 40), m.index);
        if (OFFER_BEFORE.test(before) || NOT_COMMITTED.test(before) || SUBORDINATE.test(before)) continue;
        add(s.start, m, 'someone');
      }
      // A committed call back with no time anywhere in the turn (judgement call 4).
      if (hasTime(view.text)) continue;
      for (const m of matchesIn(t, COMMITTED)) {
        const before = t.slice(Math.max(0, m.index - 40), m.index);
        const after = t.slice(m.index + m[0].length);
        if (OFFER_BEFORE.test(before) || NOT_COMMITTED.test(before) || CALLER_ACTS.test(before) || NEGATED.test(before) || SUBORDINATE.test(before)) continue;
        // "el número al que le regreso la llamada" describes the number; the call is not being promised here.
        if (RELATIVE.test(before)) continue;
        if (pastTense(s.accented, m.index, m[0])) continue;
        if (INFINITIVE.test(m[0]) && !GOING_TO.test(before)) continue;
        // "cuando la llamamos", "estaba apagado cuando...": a past call told, not one promised.
        if (/\bcuando\s+$/.test(before) || (/amos$/.test(m[0]) && /\b(?:estaba|estaban|estuvo|fue|paso|hubo|anoche|ayer|habia|tenia|teniamos|no (?:contesto|contestaron|respondio|respondieron|atendio|entro)|debio|debia|debimos|debiamos|hayamos|estando|esa (?:noche|vez|madrugada|manana)|ese dia|el otro dia|la otra vez|la vez pasada|por error|sin querer)\b/.test(t))) continue;
        // "le contestamos 1,310 llamadas" counts past work; it promises no reply.
        if (/^\s*(?:[\d.,]+|las|los|sus|todas|todos)\s+(?:\S+\s+)?(?:llamadas|mensajes|avisos)\b/.test(after) || /\b(?:el mes pasado|la semana pasada|ayer|anoche|antier)\b/.test(t)) continue;
        // "o avisarle por texto", "o llamarle luego": one of several options, not a promise.
        if (/\b(?:o|u)\s+$/.test(before)) continue;
        if (CHECK_AFTER.test(after)) continue;
        // "le confirmo que ya está corregido" reports now; it promises no later call.
        if (/^\s*(?:(?:que|de que)\b|:)/.test(after) && /(?:confirmo|informo|aviso|comento|digo)$/.test(m[0])) continue;
        // "les llamamos a sus pacientes cuando..." describes the service's routine for others.
        // A direct object makes it something done for the caller, not a call back: "le regreso su dinero", "le busco la grabación", "le confirmo su cita".
        if (/^\s+(?:su|sus|tu|tus|el|la|los|las|un|una|mi|mis|este|esta|ese|esa|todo|todos)\s+(?!llamada\b|respuesta\b|llamadita\b)[a-z]+/.test(after) && !/(?:llamada|respuesta|noticias|novedades|solucion)$/.test(m[0])) continue;
        // Answering now ("le contesto su pregunta:", "le respondo rápido: no hay cargo"), or connecting ("lo contacto con el técnico").
        if (/^\s*(?:(?:su|tu) pregunta|lo que me (?:pregunto|dijo|pidio)|rapido|rapidamente|de una vez|en este momento|ahora mismo|ahora)?\s*:/.test(after) || (/contact/.test(m[0]) && /^\s+con\b/.test(after))) continue;
        // A condition, not a promise: "le llamo la próxima vez que pase algo así".
        if (/^\s*(?:la proxima vez|cada vez|siempre) que\b|^\s*(?:si|cuando) (?:vuelve|vuelva|pasa|pase|sucede|suceda|ocurre|ocurra)\b/.test(after)) continue;
        // "Lo llamo por su nombre": naming, not calling.
        if (/^\s*(?:por su (?:nombre|apellido)|de (?:usted|tu|vos)\b)/.test(after)) continue;
        // "le avisamos a la doctora cada vez que...": the service's routine for someone else.
        if (/^\s*(?:de vuelta |de regreso )?a (?:la|el|su|sus|los|las|cualquier|todo|todos los|todas las|cada) (?:doctora?|medic[oa]|pacientes?|clientes?|personas?|clinica|enfermera|asistente|recepcion)/.test(after) || /\b(?:cada vez que|siempre que|todos los dias|cada (?:noche|manana|dia|semana))\b/.test(t)) continue;
        if (/^\s*a (?:sus|los|las|nuestros) (?:pacientes|clientes|llamantes|usuarios|medicos|doctores)/.test(after) || /\bcuando (?:usted|ud)? ?(?:nos )?(?:lo )?(?:pide|indica|solicita|pida|indique)/.test(t)) continue;
        // A question ("¿le devuelvo la llamada?") offers rather than commits.
        if (/\?/.test(after.slice(0, 60)) && (/¿/.test(t.slice(0, m.index + 1)) || !/¿/.test(t))) continue;
        // "Entonces le marco al 442..., ¿verdad?" confirms the number; the call itself is not being promised here.
        if (/¿\s*(?:verdad|cierto|correcto|si|no|es correcto)\s*\?\s*$/.test(after) && /\d{3}/.test(after)) continue;
        if (/^(?:me llamo|le llamo la atencion|lo llamo por su nombre)/.test(m[0])) continue;
        add(s.start, m);
      }
    }
    return dropOverlapping(hits);
  },
};

/** `callback-time`: a specific time or short window to call back or report. */
export const callbackTime: Detector = {
  label: 'callback-time',
  reasons: {
    es: {
      default: 'Da una hora concreta para devolver la llamada o dar respuesta: el manual dice que siempre especifique cuándo va a llamar.',
    },
  },
  detect(doc: Doc): Hit[] {
    const view = esView(doc);
    const trimmed = view.text.trim();
    if (trimmed.length < 60 && BARE_TIME.test(trimmed)) {
      const start = view.text.indexOf(trimmed);
      return [{ start, end: start + trimmed.replace(/[.!]+$/, '').length }];
    }
    if (!hasTime(view.text)) return [];
    const hits: Hit[] = [];
    for (const s of view.sentences) {
      if (!hasTime(s.text)) continue;
      for (const rx of [RETURN_THEN_TIME, TIME_THEN_RETURN, SOMEONE_THEN_TIME, RETURN_NOW]) {
        for (const m of matchesIn(s.text, rx)) {
          const before = s.text.slice(Math.max(0, m.index - 40), m.index);
          if (NOT_COMMITTED.test(before) || NEGATED.test(before)) continue;
          if (pastTense(s.accented, m.index, m[0])) continue;
          // "Cuando llega un mensaje urgente, la llamamos de inmediato": the service's routine, not a promise to this caller.
          if (/\b(?:cuando|siempre que|cada vez que) (?:llega|llegan|entra|entran|hay|pasa|sucede|recibimos|tenemos)\b/.test(s.text)) continue;
          // "Le aviso que en unos minutos le llega...", "le busco una solución ahorita": telling or doing now, not calling back.
          if (/^(?:le|te|les) (?:aviso|informo|confirmo|comento|digo|cuento) que\b/.test(m[0]) || /^(?:le|te|lo|la|les) (?:busco|confirmo|regreso|devuelvo|escribo|contesto|respondo|aviso|informo) (?:su|sus|tu|tus|el|la|los|las|un|una|mi|mis|este|esta|ese|esa)\s+(?!llamada\b|respuesta\b)/.test(m[0])) continue;
          // "Le informo en este momento: la línea ya funciona" reports now.
          if (/^\s*:/.test(s.text.slice(m.index + m[0].length))) continue;
          // "La llamamos ayer a las 3" tells a past call.
          if (PAST_DAY.test(s.text) && !/\b(?:voy a|vamos a|va a|van a|hoy|manana|ahorita|dentro de|en (?:una|media|\d+))\b/.test(s.text)) continue;
          if (/\b(?:algun|cualquier)\b/.test(m[0])) continue;
          if (/\b(?:nadie|nunca|ninguno|ninguna)\b/.test(m[0]) || /\b(?:contest|llam|marc|regres|devolv|avis|confirm|respond|contact|habl)(?:ó|ió)(?![a-z])/.test(s.accented.slice(m.index, m.index + m[0].length))) continue;
          if (/^\s*(?:o|u) (?:manana|el lunes|la semana|pasado)/.test(s.text.slice(m.index + m[0].length))) continue;
          hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].replace(/[\s,.;:]+$/, '').length });
        }
      }
    }
    return dropOverlapping(hits);
  },
};
const SUBJUNCTIVE = `(?:que (?:yo |nosotros |alguien |el |ella )?(?:le|lo|la|te|les) (?:llame|llamemos|devuelva|devolvamos|regrese|regresemos|marque|marquemos|contacte|avise|confirme|hable|busque)|que (?:yo )?(?:me comunique|nos comuniquemos))`;
// "le estoy marcando a las 3:30": the present progressive promises a call only next to a time (alone it is "I'm calling you now").
const PROGRESSIVE = `(?:(?:le|lo|la|te|les) (?:estoy|estamos|estare|estaremos) (?:llamando|marcando|contactando|hablando|escribiendo|regresando la llamada|devolviendo la llamada|buscando))`;
// Anyone's committed call, however the speaker names them ("Nuestro director, el Sr. Wilson, la va a llamar hoy antes de las cinco").
const THIRD_CALLS = `(?:(?:le|lo|la|te|les) (?:llamara|llamaran|marcara|marcaran|va a llamar|van a llamar|va a marcar|van a marcar|contactara|contactaran|va a contactar|van a contactar|devolvera la llamada|va a devolver la llamada|regresara la llamada|va a regresar la llamada|va a estar llamando|llama|marca)|se (?:comunicara|comunicaran|va a comunicar|van a comunicar|pondra en contacto|pondran en contacto|comunica))`;
const RETURN_THEN_TIME = cre(`\\b(?:${RETURN}|${SUBJUNCTIVE}|${PROGRESSIVE})(?:,)?${gap(7)}(?:${WINDOW})`);
const TIME_THEN_RETURN = cre(`\\b(?:${WINDOW}|deme (?:unos )?(?:\\d{1,2}|cinco|diez|quince|veinte|treinta) minutos|deme (?:media|una) hora)(?:,)?${near(5)}(?:${RETURN}|${PROGRESSIVE}|${THIRD_CALLS}|(?:yo )?(?:me comunico|le aviso|te aviso|le confirmo|le respondo|le contesto))`);
const SOMEONE_THEN_TIME = cre(`\\b(?:${SOMEONE}${near(3)})?${THIRD_CALLS}${gap(6)}(?:${WINDOW})`);
const BARE_TIME = compact(`^(?:(?:claro|si|ok|okay|listo|perfecto|de acuerdo|por supuesto|sin falta|con gusto)[,!.]?\\s+)?(?:le (?:diria|digo) |digamos |a mas tardar |sin falta )?(?:${WINDOW})(?:,?\\s+(?:sin falta|a mas tardar|como maximo|maximo|se lo prometo|le prometo))?\\s*[.!]?$`);

const HOLD = `(?:esper(?:ar|e|a|o|as|ando|arme|eme|ame)|aguard(?:ar|e|a|arme|eme)|aguant(?:ar|a|e|as|arse|arme)(?: \\S+)?(?: en (?:la )?linea| en espera| al telefono| conmigo)?|se espera|(?:quedar|quedarse|quedarme|quedarnos|quedarte|quedo|queda|quedas|quede|quedes|seguir|sigo|sigue|siga|sigues|segui|permanecer|permanezco|permanece|permanezca|mantener(?:se|lo|la|le|te)?|mantengo|dejar(?:lo|la|le|te)?|poner(?:lo|la|le|te)?|tener(?:lo|la|le|te)?)\\s+(?:\\S+\\s+){0,2}?(?:en (?:la )?linea|en espera|al telefono|conmigo|con usted|contigo)|(?:lo|la|le|te) (?:dejo|pongo|mantengo|tengo|pondre|dejare) en (?:espera|la linea|linea)|(?:en|a la) espera|(?:me )?(?:quedo|sigo) (?:en (?:la )?linea|con usted|contigo)|no (?:cuelgue|cortes|corte))`;
const CALLBACK = `(?:(?:le|lo|la|te|les) (?:vuelvo a |volvemos a |voy a |vuelva a )?(?:llamo|llamamos|llamar|marco|marcamos|marcar|devuelvo|devolvemos|devolver|regreso|regresamos|regresar|contacto|llame|llamemos|devuelva|regrese|marque|vuelva a llamar|llamaria|devolveria|llamare|marcare|devolvere|regresare|hablo|hable)|(?:llamar|marcar|devolver|regresar|contactar|telefonear)(?:le|lo|la|te)|(?:devolver|regresar)(?:le|te)? la llamada|(?:volver a|vuelva a) llamar|de vuelta|me comunico (?:yo )?(?:con usted|contigo|despues|luego)|(?:una|la) (?:devolucion de )?llamada de (?:vuelta|regreso)|recibir (?:una|mi|nuestra) (?:llamada|devolucion)|que (?:le|lo|la|te) (?:marquemos|regresemos|devolvamos|contactemos|hablemos|busquemos)|(?:le|te) (?:vuelvo a )?(?:marco|llamo) (?:despues|luego|mas tarde))`;
const OR = `(?:o|u|o bien|si no|o si no|y si no|de lo contrario|o en su defecto|o si (?:lo )?prefiere|o si prefieres|o si gusta|o prefiere|o prefieres|o mejor|o quiere|o quieres|o que|o si|o le|o lo|o la|o te|o yo|o nosotros)`;
const HOLD_OR_CALLBACK = cre(`\\b(?:${HOLD})[,;:.)-]*${gap(16)}${OR}[,;:]?${gap(6)}(?:${CALLBACK})`);
const CALLBACK_OR_HOLD = cre(`\\b(?:${CALLBACK})[,;:.)-]*${gap(16)}${OR}[,;:]?${gap(6)}(?:${HOLD})`);

/** `hold-or-callback`: letting the caller choose between holding and a call back. */
export const holdOrCallback: Detector = {
  label: 'hold-or-callback',
  reasons: {
    es: {
      default: 'Le da a elegir entre esperar en la línea o recibir una llamada: el manual dice que siempre ofrezca opciones al poner en espera a un cliente molesto.',
    },
  },
  detect(doc: Doc): Hit[] {
    const view = esView(doc);
    if (!/esper|aguard|aguant|linea|espera|cuelg|cort|conmigo|contigo|telefono/.test(view.text)) return [];
    const hits: Hit[] = [];
    for (const w of pairs(view)) {
      if (CONTINGENCY.test(w.text)) continue;
      for (const rx of [HOLD_OR_CALLBACK, CALLBACK_OR_HOLD]) {
        rx.lastIndex = 0;
        const m = rx.exec(w.text);
        if (m) hits.push({ start: w.start + m.index, end: w.start + m.index + m[0].length });
      }
    }
    return dropOverlapping(hits);
  },
};

const PHONE = `(?:numero|telefono|celular|cel|movil|linea|extension|whatsapp|fijo)`;
const NOT_PHONE = /^\s*de (?:(?:la|el) (?:habitacion|cuarto|cama|piso|expediente|factura|reporte)|habitacion|cuarto|cama|piso|cuenta|cliente|pedido|folio|caso|reporte|factura|expediente|orden|ticket|referencia|poliza|socio|tarjeta|serie|paciente)/;
const REACH = `(?:llamar(?:le|lo|la|te)?|localizar(?:le|lo|la|te)?|contactar(?:le|lo|la|te)?|comunicarme|comunicarnos|marcar(?:le|te)?|encontrar(?:le|lo|la|te)?|ubicar(?:le|lo|la|te)?|devolver(?:le|te)? la llamada|regresar(?:le|te)? la llamada|devolverle|regresarle|avisar(?:le|te)?|hablar(?:le|te)?)`;

/** What follows the phone word inside the evidence ("otro número de cuenta" -> " de cuenta"), for NOT_PHONE. */
function afterPhoneWord(evidence: string): string {
  const at = evidence.search(/\b(?:numero|telefono|celular|cel|movil|linea|extension|whatsapp|fijo)\b/);
  return at < 0 ? '' : evidence.slice(at).replace(/^\S+/, '');
}

/** `verify-number`: confirming the number to call back on. */
export const verifyNumber = ruleDetector({
  label: 'verify-number',
  reasons: {
    default: 'Confirma el número para devolver la llamada: el manual dice que siempre verifique a qué número llamar.',
  },
  gate: /numero|telefono|celular|cel\b|movil|linea|extension|whatsapp|fijo|\d{3}|donde|oficina|casa|consultorio|trabajo/,
  rules: [
    { re: re(`\\b(?<ev>(?:cual|que) (?:es |seria |sería )?(?:el |su |tu )?(?:mejor |numero )?${PHONE}${gap(4)}(?:para |donde |en (?:el )?que |al que |en donde |a donde )(?:\\S+\\s+){0,2}?(?:${REACH}))`) },
    { re: re(`\\b(?<ev>(?:a|en|al) (?:que|cual|este|ese|este mismo|ese mismo) ${PHONE} (?:(?:prefiere|prefieres|preferis|quiere|quieres|queres|desea|gusta|le parece|te parece)(?: usted)? (?:que )?)?(?:le|lo|la|te|les) (?:llame|marque|regrese|devuelva|localice|contacte|busque|hable|llamemos|marquemos|devuelvo|llamo|marco|regreso|puedo|podemos|localizo|encuentro|aviso|contacto|llamamos|busco|buscamos|ubico|escribo|marcamos|regresamos|devolvemos|hablo|hablamos)(?:\\s+[a-z]+){0,2})`) },
    { re: re(`\\b(?<ev>(?:el |su |tu |este |ese )?(?:\\d[\\d -]{5,}\\d|${PHONE})${gap(2)}(?:sigue siendo|es (?:todavia|aun)|todavia es|aun es|es) (?:el|su|tu|un) (?:mejor |correcto |buen )?(?:${PHONE}|forma|manera)(?:\\s+(?:para\\s+)?(?:${REACH}))?)`), keep: (c) => /¿|\?/.test(c.sentence.text) || /\b(?:confirm|verific)/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:me |nos )?(?:confirma|confirmas|confirmame|confirmeme|confirmo|confirmamos|verifica|verificamos|verifico|me da|me das|me podria dar|me puede dar|me regala|me pasa|me pasas|me proporciona|me deja|me dicta|me repite|me indica|(?:confirmar|verificar|dar|pasar|dictar|repetir|regalar|proporcionar|dejar|indicar)(?:me|nos)|(?:podria|puede|podrias|puedes|quisiera|me permite|permitame|dejeme|dejame|necesito|quiero|vamos a|voy a)(?: usted)? (?:confirmar|verificar)|(?:le|te) (?:repito|leo|releo|confirmo))(?: usted)? (?:su|tu|el|un) (?:mejor )?${PHONE}(?: de (?:contacto|casa|oficina|celular))?)`), keep: (c) => !NOT_PHONE.test(c.after) && !/\b(?:tener|tiene|tienes|tenga|tendra|tendras|hace falta|hay) que\s+$|\b(?:nunca|jamas|ya no|ni)\b/.test(c.before) },
    { re: re(`\\b(?<ev>(?:este|ese)(?: ${PHONE})? (?:sigue siendo|es todavia|es aun|es) (?:el|su|tu) (?:mejor|correcto) ${PHONE})`), keep: (c) => /\?/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:sigue siendo|es todavia|es aun|es) (?:el|su) (?:\\d[\\d -]{5,}\\d|${PHONE}) (?:el|su) (?:mejor |correcto )?${PHONE}(?:\\s+[a-z]+){0,4}|(?:(?:a|en) )?donde (?:le|lo|la|te) (?:puedo|podemos|podria) (?:marcar|llamar|localizar|contactar|encontrar|avisar|escribir|regresar la llamada|devolver la llamada)|donde (?:lo|la|le|te) (?:puedo|podemos) (?:localizar|encontrar|ubicar))`), keep: (c) => /\?/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:es|sigue siendo|seria) (?:el|su|tu) (?:mejor |correcto |buen )?${PHONE} (?:para|donde|en (?:el )?que|al que) (?:\\S+\\s+)?(?:${REACH}))`), keep: (c) => /\?/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:tiene|tendra|me da|me deja|me pasa|cuenta con) (?:un|algun|otro|su) ${PHONE}(?: [a-z]+)? (?:donde|en el que|al que|para|en donde) (?:\\S+ )?(?:(?:la|lo|le|te) )?(?:pueda|podamos|puedo|podria) (?:localizar|llamar|contactar|encontrar|marcar|ubicar)(?:le|la|lo|te)?)`) },
    { re: re(`\\b(?<ev>(?:lo|la|le|te) (?:puedo|podemos|podria) (?:llamar|marcar|localizar|contactar|encontrar|ubicar) (?:a|en|al) (?:este|ese|el|su|tu)? ?(?:mismo )?${PHONE}|(?:${REACH}) (?:a|en|al) (?:este|ese|el|su|tu)? ?(?:mismo )?${PHONE} (?:que|del que|desde el que)|es (?:este|ese) el ${PHONE} (?:correcto|para)|(?:tengo|tenemos) (?:bien )?(?:anotado|registrado) (?:el|su|tu) ${PHONE})`) },
    { re: re(`\\b(?<ev>(?:lo|la|le|te) (?:llamo|marco|localizo|busco|llamamos|marcamos) (?:al|a su|a tu|en el|en su) (?:celular|cel|fijo|movil|telefono de (?:casa|la oficina|oficina)|whatsapp)(?: o (?:al|a su|en el|en su) (?:celular|cel|fijo|movil|telefono de (?:casa|la oficina|oficina)|whatsapp))?)`), keep: (c) => /\?/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:cual|que) (?:es )?(?:el |su |tu )?(?:mejor )?${PHONE} (?:donde|en (?:el )?que|al que|en donde) (?:lo|la|le|te) (?:encuentro|localizo|llamo|marco|contacto|ubico|encontramos|localizamos|llamamos|marcamos|puedo encontrar)|(?:anoto|apunto|tomo nota de|registro) (?:su|tu|el) ${PHONE}(?:\\s*:)?\\s*\\d[\\d -]{5,}\\d)`) },
    { re: re(`\\b(?<ev>(?:tiene|tendra|me da|me deja|me pasa|cuenta con) (?:otro|algun otro|un segundo|algun) ${PHONE}(?: [a-z]+)?(?: (?:por si|en caso de que|donde|para))?)`), keep: (c) => /\?/.test(c.sentence.text) && !NOT_PHONE.test(afterPhoneWord(c.evidence) + c.after) },
    { re: re(`\\b(?<ev>(?:le|te) (?:leo|repito|confirmo) (?:lo que (?:tengo|tenemos)(?: anotado| registrado)?|como (?:lo|la) tengo))`), keep: (c) => /\d{4}|\d{3}[ -]\d{2}/.test(c.view.text) },
    { re: re(`\\b(?<ev>(?:sigue|continua) (?:con|usando|teniendo) (?:el|su|tu|este|ese) (?:mismo )?${PHONE}|(?:lo|la|le|te) (?:puedo|podemos|podria) (?:llamar|marcar|localizar|contactar|encontrar) (?:al|en el|a su|a tu|en su) \\d[\\d -]{5,}\\d|(?:su|tu|el) ${PHONE} (?:es|sigue siendo|termina en)(?: el)? \\d[\\d -]{3,}\\d)`), keep: (c) => /\?/.test(c.view.text) },
    { re: re(`\\b(?<ev>${PHONE} (?:sigue )?(?:terminando|termina) en \\d{2,}|(?:es correcto|esta bien|sigue vigente|sigue siendo|es todavia) (?:el|su|tu) \\d[\\d -]{5,}\\d|(?:tenemos|tengo) bien (?:su|tu|el) ${PHONE}|que (?:le|lo|la|te) (?:llame|marque|llamemos|marquemos|localice|contacte) (?:al|a su|a tu|en su|en el) (?:consultorio|oficina|casa|celular|cel|fijo|movil|whatsapp|telefono)(?: o (?:al|a su|a tu|en su|en el) (?:consultorio|oficina|casa|celular|cel|fijo|movil|whatsapp|telefono))?)`), keep: (c) => /\?/.test(c.view.text) },
    { re: re(`\\b(?<ev>(?:sigue|esta) (?:vigente|activo|actualizado|funcionando) (?:el|su|tu|este|ese) ${PHONE}|(?:lo|la|le|te) (?:marco|llamo|marcamos|llamamos|regreso la llamada|devuelvo la llamada) al \\d[\\d -]{5,}\\d|(?:este|ese|el) es (?:su|tu) ${PHONE}(?: (?:directo|personal|de contacto|correcto|de casa|de la oficina))?)`), keep: (c) => /\?/.test(c.view.text) },
    // Any question that names where to call (a number, cel, the office, home) with our call back or a confirmation word.
    { re: re(`\\b(?<ev>(?:(?:le|lo|la|te) (?:llamo|marco|devuelvo la llamada|regreso la llamada|busco|localizo|contacto|aviso|llame|marque|regrese|devuelva|localice|contacte|busque)|para (?:que )?(?:le|lo|la|te) (?:llame|marque|regrese|devuelva|localice|contacte)|${REACH})(?: (?:\\S+ ){0,3}?(?:a|al|en|en el|a su|a este|a ese|a la|a mi) (?:mismo )?(?:${PHONE}|oficina|casa|consultorio|trabajo|numero|clinica|hospital|recepcion))|(?:${PHONE})(?: [a-z0-9]+){0,4} (?:es el suyo|es el tuyo|es el de usted|es su ${PHONE}|le queda mejor|es mejor|(?:sigue|continua) (?:siendo|igual|activo|vigente))|(?:su|tu) (?:${PHONE}) es el (?:que )?(?:termina|acaba) en|digitos (?:de|del) (?:su|tu|el) ${PHONE})`), keep: (c) => /\?/.test(c.sentence.text) && !NOT_PHONE.test(c.after) },
    // "terminación 4455, ¿es donde lo localizo?", "¿sigue siendo su número el 555-0134?", "voy a anotar su número", "¿tiene un número alternativo?"
    { re: re(`\\b(?<ev>(?:terminacion|termina en|terminado en|que termina en) \\d{2,}|es (?:donde|en el que|al que) (?:lo|la|le|te) (?:localizo|llamo|encuentro|marco|busco|ubico)|(?:sigue siendo|es todavia|es aun) (?:su|tu|el) ${PHONE} (?:el )?\\d[\\d -]{5,}\\d|(?:anotar|anoto|apuntar|apunto|tomar|tomo|registrar|registro|tomarle|anotarle)(?:le)? (?:su|tu|el) ${PHONE}|(?:tiene|tendra|tienes|tenes|cuenta con)(?: a la mano)? (?:un|algun|otro) ${PHONE} (?:alternativo|adicional|de respaldo|extra|mas|alterno))`), keep: (c) => /\?|:/.test(c.sentence.text) && !NOT_PHONE.test(c.after) },
    // "¿Al 809-555-0172, verdad?": the number read back as a question.
    { re: re(`(?:^|¿)\\s*(?<ev>(?:al |el |a este |este |en el |es el )?\\d[\\d -]{6,}\\d(?:,?\\s*¿?\\s*(?:verdad|cierto|correcto|no|es correcto|sigue igual|sigue vigente|sigue siendo (?:ese|el suyo|su numero|el correcto|el mismo)|es ese|es el suyo|es el correcto))?)\\s*\\?`) },
    { re: re(`\\b(?<ev>(?:al|a su|en el|en su) (?:${PHONE}|oficina|casa|consultorio|clinica)(?: de (?:la |su )?(?:oficina|casa|consultorio|clinica|trabajo))? o (?:al|a su|en el|en su|hay otro|tiene otro|prefiere otro|a otro)(?:\\s+[a-z]+){0,3}|(?:hay|tiene|tendra|tienes) (?:otro|algun otro)(?: ${PHONE})? (?:donde|en (?:el )?que|al que) (?:lo|la|le|te) (?:encuentre|localice|llame|marque|ubique|pueda|podamos))`), keep: (c) => /\?/.test(c.sentence.text) && /\b(?:(?:le|lo|la|te) (?:llam|marc|regres|devuelv|localic|localiz|encuentr|busc|contact|ubic|aviso|hablo)|(?:llamar|marcar|localizar|contactar|avisar)(?:le|lo|la|te)|prefiere|prefieres|preferis|le queda|te queda|le conviene|hay otro|tiene otro)/.test(c.sentence.text) },
    // "¿Lo llamo a este mismo número?", "¿El número de su cuenta sigue vigente?", "le repito el número para confirmar".
    { re: re(`\\b(?<ev>(?:lo|la|le|te) (?:llamo|marco|localizo|busco|contacto|regreso la llamada|devuelvo la llamada|llamamos|marcamos|contactamos) (?:a|al|en) (?:(?:este|ese|el|su|tu) )?(?:mismo )?${PHONE}|(?:a|al|en) (?:este|ese) mismo ${PHONE})`), keep: (c) => /\?/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:el |su |tu |este |ese )?${PHONE}${gap(5)}(?:sigue|esta|es|continua) (?:vigente|actualizado|al dia|correcto|bien|igual|siendo (?:el mismo|el correcto|su ${PHONE})))`), keep: (c) => /\?/.test(c.sentence.text) && !NOT_PHONE.test(c.evidence.replace(/^(?:el |su |tu |este |ese )?[a-z]+/, '')) },
    { re: re(`\\b(?<ev>(?:le|te) (?:repito|leo|releo) (?:el|su|tu) ${PHONE}|(?:le|te) (?:repito|leo|releo)${gap(2)}para (?:confirmar|verificar)(?: (?:el|su|tu) ${PHONE})?)`), keep: (c) => /\b(?:numero|telefono|celular|cel|movil)\b|\d{3}/.test(c.sentence.text) },
  ],
});

const FOLLOW_VERB = `(?:(?:voy|vamos) a (?:estar |volver a )?(?:llamando|marcando|contactando|escribiendo|llamar|marcar|contactar|escribir)(?:le|la|lo|te)\\b|(?:le|lo|la|te) (?:vuelvo a |voy a |vamos a |volvere a |voy a estar |vamos a estar |estare |estaremos )?(?:llam(?:o|amos|are|aremos|ar|ando)|marc(?:o|amos|are|aremos|ar|ando)|escrib(?:o|ire|ir|iendo)|contact(?:o|amos|are|ar|ando)|busc(?:o|are|ar|ando)|hablo|hablare|reporto|mando un (?:mensaje|whatsapp|correo|texto)|envio un (?:mensaje|whatsapp|correo|texto))|me (?:vuelvo a |voy a volver a )?(?:comunico|comunicare|comunicar|voy a comunicar|pongo en contacto|pondre en contacto|reporto|reportare)(?: con (?:usted|ud|vos|contigo))?|(?:le|te) (?:hago|hare|doy|dare|vamos a dar|voy a dar|voy a hacer) (?:un |el )?seguimiento|(?:hacer|dar)(?:le|te)? (?:un )?seguimiento|(?:le|te) (?:llamo|marco) (?:de nuevo|otra vez|nuevamente)|(?:le|te) (?:doy|dare|voy a dar|echo|echare|voy a echar|pego|hago) (?:una |un )?(?:llamada|llamadita|marcada|marcadita|telefonazo|timbrazo|grito))`;
const CHECK = `(?:para (?:\\S+\\s+){0,2}?(?:asegurar|confirmar|verificar|comprobar|cerciorar)(?:me|nos|le|te)? (?:de )?(?:que|si)\\b|para (?:\\S+\\s+){0,2}?(?:asegurar|confirmar|verificar|ver|saber|comprobar|checar|chequear|cerciorar|preguntar(?:le)?)(?:me|nos|le|te)?\\s+(?:de\\s+)?(?:que|si|como)\\s+(?:todo|ya|el cambio|los cambios|la solucion|el nuevo|la nueva|el desvio|sus|su|le|los|las|esta|este|esten|siga|sigue|siguen|quedo|haya|funcione|funciona|usted|todo|se|no|estan|ha|han|hayan)|(?:a ver|ver|y ver|para ver) (?:si|que|como) (?:todo|ya|sigue|siga|quedo|funciona|funcione|esta|este|le (?:esta|llegan|lleguen|fue|va)|va|van)|(?:como|si) (?:le )?(?:va|van|sigue|siguen|funciona|funcionan|le fue|quedo|esta funcionando|quedo conforme|quedo satisfech))`;
const FOLLOW_UP = cre(`\\b(?:${FOLLOW_VERB})${gap(8)}${CHECK}`);
const REPORTS_DONE = /\bpara (?:\S+\s+){0,2}?(?:confirmar(?:le|te|les)?|avisar(?:le|te|les)|informar(?:le|te|les)|decir(?:le|te|les)|asegurar(?:le|te|les)) (?:de )?que (?:ya (?:se (?:aplico|hizo|realizo|corrigio|cambio|ve|refleja|reflejo|acredito|cargo)|quedo (?:aplicad|hech|list|registrad|acreditad)|esta (?:aplicad|hech|list|registrad|acreditad)|aparece|salio)|se (?:aplico|hizo|realizo|corrigio|cambio)|quedo (?:aplicad|hech|list)|esta (?:aplicad|hech|list))/;
const CHECK_THEN = cre(`\\b(?:para (?:asegurarme|asegurarnos|confirmar|verificar|ver|cerciorarme) (?:de )?(?:que|si|como) (?:todo|ya|el cambio|los cambios)${gap(5)}(?:${FOLLOW_VERB}))`);

/** `follow-up`: promising to check back after the fix that the caller is satisfied. */
export const followUp: Detector = {
  label: 'follow-up',
  reasons: {
    es: {
      default: 'Promete volver a comunicarse después de resolverlo para confirmar que todo funciona: un seguimiento que el cliente recuerda.',
    },
  },
  detect(doc: Doc): Hit[] {
    const view = esView(doc);
    if (!/seguimiento|para (?:\S+ ){0,2}(?:asegur|confirm|verific|ver|saber|comprob|chec|cercior|pregunt)|a ver si|como (?:le )?(?:va|sigue|funciona|quedo)/.test(view.text)) return [];
    const hits: Hit[] = [];
    for (const s of view.sentences) {
      const found = [...matchesIn(s.text, FOLLOW_UP), ...matchesIn(s.text, CHECK_THEN)].filter((m) => !REPORTS_DONE.test(s.text.slice(m.index)));
      // "le doy seguimiento hasta que quede resuelto" owns the fix (`reassure`); the follow-up comes after it.
      if (found.length === 0 && !(/\b(?:le|te) (?:hago|hare|doy|dare|vamos a dar|voy a dar|voy a hacer) (?:un |el )?seguimiento\b/.test(s.text) && !/\bseguimiento\s+(?:\S+\s+){0,3}?hasta que\b|\bseguimiento (?:a|de) (?:su|tu|el|la) (?:caso|reporte|queja|solicitud|ticket|folio|problema|tramite)\b/.test(s.text))) continue;
      // A call within the hour to report what I found is a callback, not a check after the fix.
      if (found.every((m) => /\bsi (?:pude|pudimos|ya (?:quedo|esta)) (?:resolver|arreglar)/.test(m[0]))) {
        if (found.length > 0) continue;
      }
      // The whole sentence: its time ("el jueves", "la semana que viene") belongs to the follow-up.
      let end = s.start + s.text.length;
      while (end > s.start && /[\s.!?,;:]/.test(view.text[end - 1]!)) end--;
      hits.push({ start: s.start, end });
    }
    return hits;
  },
};
