import { ruleDetector, re, gap, type MatchContext } from '../rule.ts';

// Corrective actions in the first person past ("corregí", "agregué"), written out because their
// unaccented forms ("cambie", "avise") are also requests to the caller.
const PAST_E = `(?:actualice|saque|meti|inscribi|incorpore|sume|traslade|cambie|agregue|anote|registre|modifique|arregle|ajuste|programe|reprograme|configure|reconfigure|active|reactive|desactive|bloquee|desbloquee|elimine|quite|borre|retire|pase|envie|reenvie|mande|avise|notifique|hable|comunique|reporte|escale|aplique|acredite|reembolse|reasigne|marque|deje|coloque|desvie|cancele|levante|documente|capacite|genere|solicite|asigne|cree|bonifique|converse|instruye|instrui|corregi|anadi|inclui|resolvi|hice|puse|escribi|emiti|abri|devolvi|subi|restableci|redirigi|movi|converti|repuse|sustitui|reemplace|sustitui|reinicie|verifique y corregi|confirme y (?:cambie|corregi)|apunte|ingrese|cargue|puse)`;
const PAST_AMOS = `(?:actualizamos|corregimos|agregamos|anotamos|registramos|modificamos|arreglamos|ajustamos|programamos|reprogramamos|configuramos|activamos|desactivamos|bloqueamos|eliminamos|quitamos|borramos|retiramos|enviamos|mandamos|avisamos|notificamos|hablamos con|reportamos|escalamos|aplicamos|acreditamos|reembolsamos|reasignamos|desviamos|cancelamos|levantamos|documentamos|capacitamos|instruimos|resolvimos|hicimos|pusimos|emitimos|abrimos|devolvimos|restablecimos|redirigimos|bonificamos|cambiamos|anadimos|incluimos|reemplazamos)`;
const PART = `(?:actualizad|cambiad|corregid|agregad|anotad|registrad|modificad|arreglad|ajustad|programad|reprogramad|configurad|activad|reactivad|desactivad|bloquead|eliminad|quitad|borrad|retirad|enviad|reenviad|mandad|avisad|notificad|hablad|comunicad|reportad|escalad|aplicad|acreditad|reembolsad|reasignad|marcad|dejad|colocad|desviad|cancelad|levantad|documentad|capacitad|instruid|resuelt|hech|puest|escrit|emitid|abiert|devuelt|pedid|subid|generad|solicitad|asignad|cread|restablecid|bonificad|anadid|incluid|redirigid|reemplazad|apuntad|ingresad|corregid|solucionad|arreglad)`;
const GERUND = `(?:actualizando|cambiando|corrigiendo|agregando|anotando|registrando|modificando|arreglando|ajustando|programando|reprogramando|configurando|activando|desactivando|bloqueando|eliminando|quitando|borrando|retirando|enviando|mandando|avisando|notificando|aplicando|acreditando|reembolsando|reasignando|desviando|cancelando|levantando|documentando|capacitando|resolviendo|haciendo el cambio|poniendo|emitiendo|abriendo|restableciendo|redirigiendo|bonificando|anadiendo|incluyendo|reemplazando|solucionando|ingresando|cargando)`;
const PRESENT = `(?:actualizo|corrijo|agrego|anoto|modifico|arreglo|ajusto|programo|configuro|desactivo|bloqueo|elimino|quito|borro|aplico|acredito|reembolso|cancelo|resuelvo|hago el cambio|restablezco|redirijo|bonifico|anado|reemplazo|soluciono)`;
const MARK_BEFORE = /\b(?:ya|acabo de|acabamos de|yo|hoy|esta manana|anoche|personalmente|tambien|y|ademas|ya le|ya lo|ya la|ya se lo|ya les)\s+(?:(?:le|lo|la|les|los|las|se lo|se la|me)\s+)?$/;

const PAST_E_WORD = new RegExp(`^${PAST_E}$`);

// "Nunca hemos mandado...", "no le mandamos...": a denial, not an action taken.
const NEGATED_CLAIM = /\b(?:nunca|jamas|no|tampoco|nosotros si)\s+(?:\S+\s+){0,3}$/;

function pastDone(c: MatchContext): boolean {
  const verb = c.evidence.split(/\s+/).slice(0, 4).find((w) => PAST_E_WORD.test(w));
  if (!verb) return false;
  const at = c.evidence.indexOf(verb);
  const last = c.sentence.accented[c.from + at + verb.length - 1] ?? '';
  // "anoté mal la extensión" tells the mistake, not a fix.
  if (/^\s*(?:\S+\s+){0,1}(?:mal|equivocad|incorrect|tarde)/.test(c.evidence.slice(at + verb.length)) || /^\s*mal\b/.test(c.evidence.slice(at + verb.length))) return false;
  if (/[éí]/.test(last)) return true;
  // "hice", "puse", "pedí" typed without accents are still past; the -e forms need "ya", "acabo de"...
  if (/^(?:hice|puse|instrui|corregi|anadi|inclui|resolvi|escribi|emiti|abri|devolvi|subi|restableci|redirigi|movi|converti|repuse|sustitui)$/.test(verb)) return !/\b(?:si|que)\s+$/.test(c.before);
  return MARK_BEFORE.test(c.before + c.evidence.slice(0, at));
}

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
    { re: re(`\\b(?<ev>(?:ya\\s+)?(?:(?:le|lo|la|les|los|las|se lo|se la)\\s+)?${PAST_AMOS}(?:\\s+[a-z0-9]+){1,5})`), keep: (c) => (/\b(?:ya|acabamos de|hoy|esta manana|ahora|tambien)\s+(?:\S+\s+)?$/.test(c.before) || /^ya\b/.test(c.evidence)) && !NEGATED_CLAIM.test(c.before) },
    { re: re(`\\b(?<ev>ya (?:se lo |se la |se los |le |lo |la |les |los |las )?(?!(?:vamos|estamos|tenemos|sabemos|podemos|queremos|somos|quedamos|vimos|revisamos|hablamos de|entendimos|sabiamos)\\b)(?:re)?[a-z]{3,}(?:amos|imos)\\b(?:\\s+[a-z0-9]+){0,5}|ya (?:le |lo |la )?di de (?:baja|alta)(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => !NEGATED_CLAIM.test(c.before) && !/\b(?:si|cuando)\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:ya\\s+)?(?:(?:le|lo|la|les|se lo|se la)\\s+)?(?:he|hemos|ha quedado|han quedado|quedo|quedaron|queda|quedan|esta|estan|ya esta|ya estan|dejamos|deje)\\s+(?:ya\\s+|todo\\s+|bien\\s+|debidamente\\s+)?${PART}[oa]s?(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => !/^(?:ya\s+)?(?:quedo|esta|queda)\s+(?:todo\s+)?(?:resuelt|solucionad|arreglad|hech)[oa]s?$/.test(c.evidence) && !/\b(?:si|cuando|hasta que|para que|no|nunca|jamas|asegurarme de que|espero que|ojala que|ver si)\s+$/.test(c.before) && !NEGATED_CLAIM.test(c.before) && (/^(?:ya|he|hemos|le he|lo he|la he|les he|se lo he)\b/.test(c.evidence) || /\bya\b/.test(c.before.slice(-12)) || /^(?:quedo|quedaron|ha quedado|han quedado)/.test(c.evidence.replace(/^(?:le|lo|la|les|se lo|se la)\s+/, ''))) },
    { re: re(`\\b(?<ev>ya (?:quedo|esta|quedaron|estan) (?:el|la|los|las|su|sus) (?:cambio|cambios|ajuste|correccion|desvio|nuevo|nueva|registro|alta|baja|credito|descuento)(?:\\s+[a-z0-9]+){0,4}|(?:ya )?(?:lo|la|los|las|le) (?:tengo|tenemos) (?:ya )?(?:anotad|registrad|apuntad|agendad|programad|corregid|actualizad|cambiad)[oa]s?(?:\\s+[a-z0-9]+){0,4})`), keep: (c) => !/\b(?:no|si|ya no)\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:ya\\s+|ahora mismo\\s+|en este momento\\s+|ahorita\\s+)?(?:estoy|estamos|ya estoy)\\s+(?:ya\\s+)?(?:(?:le|lo|la|les)\\s+)?${GERUND}(?:le|lo|la|selo)?(?:\\s+[a-z0-9]+){0,5})`), keep: (c) => /\b(?:su|sus|le|lo|la|les|el desvio|la lista|el horario|el numero|las instrucciones|el contacto|el cargo|la factura|la cuenta|ahora mismo|en este momento)\b/.test(c.evidence) || /ndo(?:le|lo|la|selo)\b/.test(c.evidence) },
    { re: re(`\\b(?<ev>(?:ahora mismo|en este momento|ahorita|ya mismo|mientras hablamos)\\s+(?:(?:le|lo|la|les|se lo)\\s+)?${PRESENT}(?:\\s+[a-z0-9]+){0,5}|(?:(?:le|lo|la|les|se lo)\\s+)${PRESENT}(?:\\s+[a-z0-9]+){1,5}?\\s+(?:ahora mismo|en este momento|mientras hablamos|en este instante))`), keep: (c) => !/\b(?:si|usted|que)\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:acabo|acabamos) de (?!(?:ver|leer|escuchar|oir|recibir|entrar|llegar|enterarme|enterarnos|revisar|decir|hablar(?:le)? con usted|colgar|ver|notar)\\b)[a-z]+(?:ar|er|ir)(?:lo|la|le|los|las|selo|sela|les)?\\b(?:\\s+[a-z0-9]+){0,5})`) },
  ],
});

/** `soft-words`: softening with "tal vez", "es posible que", "a veces", "parece que", "un malentendido". */
export const softWords = ruleDetector({
  label: 'soft-words',
  reasons: {
    default: "Suaviza con palabras como 'tal vez', 'es posible que' o 'a veces': abre la puerta a investigar sin negar ni culpar.",
  },
  gate: /tal ?vez|quiza|posibl|probabl|puede (?:ser )?que|pudo|pudiera|podria (?:ser|haber)|veces|ocasion|parec|aparente|malentendido|mal entendido|a lo mejor|capaz que|igual y/,
  rules: [
    { re: re(`\\b(?<ev>tal vez|talvez|quizas?|quiza|posiblemente|probablemente|es (?:muy )?(?:posible|probable) que|puede (?:ser )?que|pudo (?:haber|ser)|pudiera (?:ser|haber)|podria (?:ser|haber)(?: sido| pasado| habido)?|a veces|algunas veces|en (?:algunas )?ocasiones|ocasionalmente|de vez en cuando|(?:me |nos )?parece (?:que|ser|haber)|pareciera (?:que|ser)|al parecer|aparentemente|(?:es )?poco probable|improbable|(?:un |algun |hubo un )?mal ?entendido|a lo mejor|capaz que|igual y)\\b`), keep: (c) => !/^(?:me |nos )?parece/.test(c.evidence) || !/\b(?:le|te)\s+$/.test(c.before) },
  ],
});

/** `polite-interrupt`: politely cutting in to regain focus ("disculpe que lo interrumpa"). */
export const politeInterrupt = ruleDetector({
  label: 'polite-interrupt',
  reasons: {
    default: 'Interrumpe con cortesía y con un propósito: recupera el control de la llamada sin ofender.',
  },
  gate: /interrump|interrupcion|cort|meterme|permite|permites/,
  rules: [
    { re: re(`\\b(?<ev>(?:disculpe(?:me)?|disculpa(?:me)?|disculpen|perdone(?:me)?|perdona(?:me)?|perdon|lamento|siento|mil disculpas|con (?:todo )?(?:el )?respeto|con permiso|permitame|permiteme|perdon por|disculpe por|disculpas por|pido disculpas por|le pido disculpas por|le pido perdon por|siento mucho|lamento mucho|una disculpa por)${gap(2)}(?:que (?:lo|la|le|te|los|las|les) (?:interrumpa|interrumpo|interrumpi|corte|cortamos|interrumpas|interrumpamos)|(?:la )?interrupcion|interrumpir(?:lo|la|le|te|les)?|cortar(?:lo|la|le|te)|meterme|cortarle la palabra|(?:la|el) (?:interrumpida|corte)))`) },
    { re: re(`\\b(?<ev>si me (?:permite|permites|deja|dejas|disculpa|disculpas) (?:interrumpir(?:lo|la|le|te)?|un (?:segundo|momento|momentito)(?: interrumpir)?)|(?:me |le )?(?:permite|permites|deja|dejas) (?:interrumpir(?:lo|la|le|te)?|que (?:lo|la|le|te) interrumpa)|(?:lo|la|le|te) (?:interrumpo|voy a interrumpir) (?:un (?:segundo|momento|momentito)|solo un|para))`) },
  ],
});

const ABUSE = `(?:(?:me )?(?:sigue|siga|continua) (?:insultando|gritando|ofendiendo|hablando asi)|insultandome|gritandome|ofendiendome|(?:sus|tus|esas|estas) (?:palabras|groserias|insultos|malas palabras|expresiones|vulgaridades|ofensas)|(?:su|tu|ese|este|el) (?:tono|lenguaje|vocabulario|forma de hablar(?:me)?|manera de hablar(?:me)?|trato)|groserias|insultos|malas palabras|palabrotas|lenguaje (?:ofensivo|vulgar|soez|grosero|agresivo)|(?:hablandome|hablarme|me habla|me hable|me hables|me hablas|se dirija a mi|se dirige a mi|me grita|gritarme|gritandome|me insulta|insultarme|insultandome)(?: (?:asi|de esa (?:forma|manera)|en ese tono|con groserias))?|faltas? de respeto|(?:no|ni) (?:le |te )?(?:acepto|voy a aceptar|tolero|voy a tolerar|permito|voy a permitir|puedo aceptar|puedo permitir) (?:que|insultos|groserias|ese|esas|esa|gritos|ofensas)|me insulte|me insultes|me grite|me grites|(?:le|te) (?:voy a )?(?:pedir|pido) respeto|pedir(?:le|te)? respeto|me (?:vuelve|vuelva|vuelves|vuelvas) a (?:insultar|gritar|ofender|hablar asi)|(?:sin|con) insultos)`;
const CONSEQUENCE = `(?:colgar|cuelgo|colgare|colgaria|terminaria la llamada|desconectaria|(?:termino|finalizo|corto|terminamos) la llamada|terminar (?:la|esta) (?:llamada|conversacion)|terminare la llamada|finalizar (?:la|esta) (?:llamada|conversacion)|finalizare|cortar (?:la|esta) (?:llamada|comunicacion)|dar por terminada|desconectar|no (?:podre|voy a poder|puedo) (?:seguir|continuar|ayudarle|atenderle|ayudarte|atenderte)|me vere (?:obligad[oa]|en la necesidad)|tendre que|si (?:me )?(?:sigue|continua|vuelve|seguimos|continuamos|no (?:cambia|para|deja))|de lo contrario|o (?:me vere|tendre|voy a))`;

/** `boundary`: naming abusive language as unacceptable and stating the consequence. */
export const boundary = ruleDetector({
  label: 'boundary',
  reasons: {
    default: 'Pone un límite con respeto: nombra el lenguaje que no acepta y dice qué pasará si sigue; nadie tiene que escuchar insultos.',
  },
  gate: /palabra|groser|insult|sigue|tono|lenguaje|vocabulario|hablar|habla|respeto|acepto|aceptar|tolero|tolerar|permito|permitir|grit|ofens|vulgar/,
  twoSentences: true,
  rules: [
    { re: re(`\\b(?<ev>${ABUSE}${gap(20)}${CONSEQUENCE})`) },
    { re: re(`\\b(?<ev>${CONSEQUENCE}${gap(12)}${ABUSE})`), keep: (c) => /\bsi\b/.test(c.evidence) },
  ],
});

const AUTHORITY = `(?:gerente|supervisor(?:a)?|jefe|jefa|director(?:a)?|encargad[oa]|coordinador(?:a)?|responsable|especialista|administrador(?:a)?|dueno|duena|superior|tecnico|tecnica|asesor(?:a)?|ejecutiv[oa]|sr|sra|dr|dra|senor|senora|licenciad[oa]|ingenier[oa]|area de [a-z]+|departamento de [a-z]+)`;

/** `offer-transfer`: agreeing to connect the caller with a higher authority or the right person. */
export const offerTransfer = ruleDetector({
  label: 'offer-transfer',
  reasons: {
    default: 'Ofrece comunicar al cliente con la persona indicada o con un superior: escalar bien es parte de resolver.',
  },
  gate: /paso|comunico|consigo|busco|traigo|transf|comunic|pas|conect|comuniqu|pedir|pido|llam|contact|atiend|hablar|escal|director|gerente|supervis|jef|encargad|coordinador|responsable/,
  rules: [
    // "(la gerente sí;) se la paso": the person is her, named just before; "si me dice el problema, yo se lo paso" passes a message.
    { re: re(`\\b(?<ev>se (?:lo|la) (?:paso|comunico|transfiero|conecto|voy a pasar|voy a comunicar)(?: (?:en un momento|ahora|ahorita|ahora mismo|enseguida|de inmediato|en este momento|ya))?)(?=[,.;!]|\\s*$| en | ahora| ya)`), keep: (c) => /\b(?:gerente|supervisor[a]?|jef[ea]|director[a]?|encargad[oa]|coordinador[a]?|responsable)\b/.test(c.view.text.slice(0, c.sentence.start + c.from)) && !/\b(?:problema|mensaje|recado|queja|datos?|informacion|reporte|nota)\b/.test(c.view.text.slice(0, c.sentence.start + c.from)) },
    // A hand-off to whoever can help, named by role rather than title: "le paso con la persona indicada", "la comunico con cobranza", "se la paso".
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te|los|las) (?:(?:voy|vamos) a )?(?:paso|pasamos|comunico|comunicamos|transfiero|conecto|comunicar|pasar)|(?:comunicar|pasar|transferir|conectar)(?:lo|la|le|te))(?: ahora| ahorita| ahora mismo| en este momento| de inmediato| enseguida)? (?:con|a) (?:la persona (?:indicada|encargada|correcta|responsable|que (?:le )?(?:puede|pueda|sabe|ve|lleva|maneja))|quien (?:le |lo |la )?(?:puede|pueda|corresponda|sepa|lleva|ve)|alguien (?:que|de)|el area|el departamento|(?:el area de |el departamento de )?(?:facturacion|cobranza|soporte|ventas|administracion|atencion a clientes|sistemas|contabilidad))(?:\\s+[a-z]+){0,4}|(?:le|te) (?:consigo|busco|traigo) (?:a )?(?:la persona|alguien|quien)(?: que| de)(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:no|usted|si quiere que no)\s+(?:\S+\s+)?$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te|los|las)\\s+(?:(?:voy|vamos) a\\s+)?(?:transfiero|transferimos|transferire|transferir|transfiera))|transferir(?:lo|la|le|te|los|las))(?:\\s+[a-z]+){0,6}`), keep: (c) => !/\b(?:no|usted)\s+(?:\S+\s+)?$/.test(c.before) && !/^\s*(?:el|la|los|las|su|sus|un|una)\s+(?:credito|dinero|saldo|pago|monto|reembolso|cargo|mensaje|recado|archivo|informacion|datos)/.test(c.after) },
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te|los|las)\\s+(?:(?:voy|vamos) a\\s+)?(?:comunico|comunicamos|comunicare|comunicar|paso|pasamos|pasare|pasar|conecto|conectamos|conectare|conectar|comunique|pase|conecte|escalo|escalamos)|(?:comunicar|pasar|conectar)(?:lo|la|le|te|los|las))${gap(3)}(?:con|al|a la|a el|a)\\s+(?:\\S+\\s+){0,3}?(?:${AUTHORITY}|[A-Za-z]+ [A-Z])(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:no|usted)\s+(?:\S+\s+)?$/.test(c.before) && !/\b(?:recado|recados|mensaje|mensajes|informacion|datos|queja|nota|reporte|caso|aviso|numero)\b/.test(c.evidence) },
    { re: re(`\\b(?<ev>(?:(?:lo|la|le|te) (?:estoy|estamos) (?:transfiriendo|comunicando|pasando|conectando)|(?:estoy|estamos) (?:transfiriendo|comunicando|pasando|conectando)(?:lo|la|le|te))(?:\\s+[a-z]+){0,5}|(?:involucrar|incluir|sumar|traer|meter) a (?:nuestr[oa] |mi |la |el |un |una )?(?:\\S+ ){0,2}?${AUTHORITY}(?:\\s+[a-z]+){0,4}|(?:(?:le|la|lo) )?(?:voy a|vamos a) pedir(?:le)? que (?:le|lo|la|te) (?:llame|contacte|devuelva|marque|atienda)|(?:alguien|una persona) de (?:la )?(?:gerencia|direccion|supervision|administracion)(?:\\s+[a-z]+){0,6})`), keep: (c) => !/\bno\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:(?:le|te) (?:voy|vamos) a pedir|(?:le|te) pido|(?:le|te) pedire|voy a pedir(?:le)?|pedire|le voy a decir|voy a hacer que|hare que|(?:le|te) digo) (?:a (?:nuestr[oa]|mi|el|la|su|un|una)|al) (?:\\S+ ){0,3}?${AUTHORITY}(?:\\s+\\S+){0,4}? que (?:lo|la|le|te) (?:llame|contacte|atienda|comunique|devuelva|regrese|marque|hable|busque|visite|reciba|escriba))`) },
    { re: re(`\\b(?<ev>(?:nuestr[oa]|mi|el|la) (?:\\S+ ){0,3}?${AUTHORITY}(?:[\\s,.]+[a-z]+){0,5}?[\\s,]+(?:lo|la|le|te) (?:va a llamar|llamara|contactara|devolvera la llamada|atendera|va a atender|va a contactar|va a devolver|va a comunicar|puede atender|atiende))`), keep: (c) => !/\bno\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:quiere|quieres|queres|prefiere|prefieres|preferis|desea|deseas|le gustaria|te gustaria|gusta|gustas) (?:hablar|que (?:lo|la|le|te) (?:comunique|pase|transfiera|conecte|atienda)) con (?:\\S+ ){0,3}?${AUTHORITY}(?:\\s+[a-z]+){0,3})`) },
    { re: re(`\\b(?<ev>(?:puede|podria|va a|le toca) hablar con (?:\\S+ ){0,3}?(?:gerente|supervisor(?:a)?|jefe|jefa|director(?:a)?|encargad[oa]|coordinador(?:a)?|responsable) (?:ahora|ahorita|en este momento|de inmediato|ya mismo)|(?:le|te) (?:consigo|busco) (?:a )?(?:un|una|el|la|mi) (?:gerente|supervisor(?:a)?|jefe|jefa|encargad[oa]|responsable))`) },
  ],
});

/** `offer-options`: offering choices or suggestions for the fix or for who handles it. */
export const offerOptions = ruleDetector({
  label: 'offer-options',
  reasons: {
    default: 'Le ofrece opciones al cliente: cuando elige cómo se resuelve, se siente escuchado y acepta mejor la solución.',
  },
  gate: /ofrec|ofrezco|otra|suger|sugier|propon|propong|recomiend|recomendar|opcion|alternativa|posibilidad|forma|manera|prefier|gusta|desea|cosas|ideas|\bo\b|\bu\b/,
  rules: [
    { re: re(`\\b(?<ev>(?:ofrecer(?:le|te)|le ofrezco|te ofrezco|le puedo ofrecer|tenemos|hay|le doy|le propongo)(?: (?:una|otra|otras|varias|algunas|dos|tres|un par de))? (?:opcion|opciones|alternativa|alternativas|posibilidad|posibilidades)(?:\\s+[a-z]+){0,3}|(?:le|te) (?:ofrezco|propongo|doy) otra(?=[,.:;!]|\\s*$)|tenemos otra(?=[,.:;!]|\\s*$))`), keep: (c) => !/\b(?:no|ninguna)\s+(?:\S+\s+)?$/.test(c.before) && !/^\s*(?:de|para) (?:esperar|espera|que espere|llamar)/.test(c.after) },
    { re: re(`\\b(?<ev>(?:me permite|me permites|puedo|podria|quisiera|le puedo|te puedo|si me permite|me deja|dejeme|permitame|le quiero|quiero) (?:\\S+ )?(?:sugerir(?:le|te)?|proponer(?:le|te)?|recomendar(?:le|te)?|dar(?:le|te)? (?:unas |algunas |dos |tres |varias )?(?:opciones|alternativas|ideas|sugerencias))(?:\\s+[a-z]+){0,4}|(?:le|te) (?:sugiero|propongo|recomiendo|sugeriria|propondria|recomendaria)(?:\\s+[a-z]+){0,4}|(?:tiene|tienes|tenemos|hay|le doy|le ofrezco|te ofrezco|le planteo|existen|veo) (?:dos|tres|cuatro|varias|algunas|un par de|unas|otras|distintas|diferentes) (?:opciones|alternativas|posibilidades|formas|maneras|soluciones|caminos|salidas)(?:\\s+[a-z]+){0,3}|(?:una|otra|la otra|la primera|la segunda) (?:opcion|alternativa|posibilidad) (?:es|seria|podria ser|sería)(?:\\s+[a-z]+){0,4})`) },
    { re: re(`\\b(?<ev>(?:podemos|podriamos|puedo|podria|le puedo|se puede|se podria|pudieramos)\\s+(?:\\S+\\s+){1,16}?(?:o|o bien|u),?\\s+(?:\\S+\\s+){0,2}?(?:podemos|podriamos|puedo|podria|le|lo|la|te|si|tambien|bien|[a-z]+(?:ar|er|ir|arle|erle|irle|arlo|arla)|que)\\b(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:esper|linea|espera)\b/.test(c.evidence) && !/^[^o]*\b(?:uno|una|dos|tres) o (?:dos|tres|cuatro)\b/.test(c.evidence) },
    { re: re(`\\b(?<ev>(?:quiere|quieres|queres|prefiere|prefieres|preferis|desea|deseas|le gustaria|te gustaria|le parece|te parece|le conviene|le acomoda|le sirve)\\s+(?:\\S+\\s+){1,10}?(?:o|o bien|u)\\s+(?:prefiere|prefieres|preferis|quiere|quieres|desea|mejor|bien|que|le|lo|la|te|si|[a-z]+(?:ar|er|ir|amos|emos))\\b(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:esper|espera)\b/.test(c.evidence) },
    { re: re(`(?:^|[.;:]\\s*|[,]\\s+)(?<ev>o,? (?:si (?:lo |usted )?(?:prefiere|prefieres|gusta|quiere|desea)|bien|si no)\\b,?(?:\\s+[^\\s.;?]+){1,8})`), keep: (c) => !/\b(?:esper|en (?:la )?linea|en espera)/.test(c.sentence.text) && /\b(?:puedo|podemos|podria|podriamos|le|lo|la)\b/.test(c.evidence) },
    { re: re(`(?:^|[.;]\\s*)(?<ev>si (?:lo |usted lo |usted )?(?:prefiere|prefieres|gusta|desea),? (?:tambien |mejor )?(?:\\S+\\s+){0,4}?(?:puedo|podemos|empiezo|empezamos|sigo|seguimos|lo|la|le|yo)\\b(?:\\s+[^\\s.;?]+){0,6})`), keep: (c) => !/\b(?:esper|en (?:la )?linea|en espera)/.test(c.view.text) && /(?<!\bno )(?<!\bno le )(?<!\bno te )\b(?:transfiero|comunico|paso|puedo|podemos|podria|le ofrezco)\b/.test(c.view.text.slice(0, c.sentence.start)) },
    { re: re(`(?:^|[.;:!]\\s*)(?<ev>(?:si|claro|por supuesto)?,?\\s*(?:hay |tengo |le doy |le propongo |se me ocurren )?(?:varias|algunas|dos|tres|un par de) (?:cosas|ideas|sugerencias|recomendaciones|opciones)(?=[.:;!]|\\s*$| que (?:puede|podria|le)))`) },
    { re: re(`\\b(?<ev>(?:que|cual) (?:le|te) (?:funciona|conviene|sirve|acomoda|parece|queda) mejor|cual (?:prefiere|prefieres|preferis|le parece mejor|elige))\\b`), keep: (c) => /\b(?:o|u)\b/.test(c.view.text) && !/\b(?:esper|en (?:la )?linea|en espera)/.test(c.view.text) },
  ],
});

/** `summarize`: recapping the commitments and changes agreed on the call. */
export const summarize = ruleDetector({
  label: 'summarize',
  reasons: {
    default: 'Resume lo que se acordó y lo que se cambió: el cliente cuelga sabiendo exactamente qué va a pasar.',
  },
  gate: /cerrar|terminar|finalizar|colgar|resum|recapitul|repas|repasemos|quedamos|acordamos|acordado|sintesis|conclusion|confirmar lo que/,
  rules: [
    { re: re(`\\b(?<ev>(?:para|en|a modo de|como|haciendo un|le hago un|hagamos un|un breve|le doy un) (?:breve )?resumen(?! (?:de (?:los cambios|lo que (?:paso|sucedio)|la llamada para)|justo|correcto|acertado))|para (?:cerrar|terminar|finalizar)(?=\\s*[:,])|antes de colgar,? (?:le repaso|repasemos|le confirmo lo que)|para resumir|resumiendo|en resumen|recapitulando|para recapitular|recapitulemos|repasando(?: (?:lo que|todo))?|repasemos|(?:entonces,? )?(?:quedamos|hemos quedado|ya quedamos|queda acordado|quedamos de acuerdo) en que|(?:entonces,? )?quedamos asi|(?:lo que|todo lo que) (?:acordamos|quedamos|hicimos hoy|hemos acordado)(?: (?:es|fue|hoy))?\\s*:|para confirmar lo que (?:acordamos|hablamos|quedamos)|en sintesis|en conclusion)(?![a-z])`), keep: (c) => !/\?/.test(c.after.slice(0, 40)) || /[:,]/.test(c.after.slice(0, 3)) },
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
    { re: re(`\\b(?<ev>(?:(?:le|te|les|se lo|se la|se los|se las)\\s+(?:(?:voy|vamos) a\\s+)?(?:envio|enviare|enviamos|enviaremos|enviar|envie|mando|mandare|mandamos|mandar|mande|hago llegar|hare llegar|hacer llegar|remito|remitire|dejo|paso|escribo|escribire|escribir|reenvio|reenviare|comparto)|(?:enviar|mandar|remitir|reenviar)(?:le|te|les)(?:lo|la|los|las)?|hacer(?:le|te) llegar)${gap(8)}(?:por (?:correo(?: electronico)?|e-?mail|mail|fax|escrito|whatsapp|mensaje de texto|sms|carta|correo postal)|(?:un|el|su|la|una) (?:correo|e-?mail|mail|fax|carta|comprobante|confirmacion (?:por escrito|escrita)|resumen (?:por escrito|escrito))|(?:a|en) su (?:correo|e-?mail|mail|fax)))`), keep: (c) => !/\b(?:si|usted|no)\s+$/.test(c.before) && !/\b(?:recados?|mensajes|avisos|llamadas)\b/.test(c.evidence) && !/\bcomo (?:siempre|cada mes|de costumbre)\b/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:(?:le|te) (?:dejo|queda|quedara)|tenerlo|tenga|tendra|recibira|recibiras|lo tendra|lo recibe|lo va a recibir|le llegara|le va a llegar) (?:\\S+ ){0,4}?(?:por|en) escrito|(?:confirmacion|resumen|constancia|detalle) (?:por|en) (?:escrito|correo|e-?mail|mail|fax)|(?:le|te) llegara (?:un|el) (?:correo|e-?mail|mail|fax)|para que (?:lo|la|los|las) (?:firme|firmes|revise y firme)(?:\\s+[a-z]+){0,4})`) },
    { re: re(`\\b(?<ev>(?:le|te) (?:mando|envio|paso) (?:\\S+ ){0,3}?(?:todo|eso|lo acordado|los cambios|el resumen|la confirmacion|el detalle|los detalles) (?:al|a su|a tu) (?:correo|e-?mail|mail|fax))`) },
  ],
});

/** `thank`: thanking the caller for raising the issue, their patience, or the chance to improve. */
export const thank = ruleDetector({
  label: 'thank',
  reasons: {
    default: 'Agradece al cliente por avisar o por su paciencia: le dice que su queja nos ayuda a mejorar.',
  },
  gate: /gracias|agradec|agradezc|bueno que|alegra|menos mal|bien que/,
  rules: [
    { re: re(`\\b(?<ev>(?:muchas |mil |muchisimas |de verdad |infinitas )?gracias (?:\\S+ ){0,3}?(?:por|x|de antemano por|por toda)\\s+(?:su|tu|la|el|toda|todo|avisar|avisarnos|avisarme|informar|informarnos|informarme|decir(?:nos|me|lo)|decirnoslo|comentar[a-z]*|avisar[a-z]*|informar[a-z]*|contar[a-z]*|decir[a-z]*|reportar(?:lo|nos)?|hacer[a-z]* (?:saber|ver)|llamar (?:para|y|a|por)|esperar|aguardar|la paciencia|comprender|entender|contar(?:nos|me)|traer(?:nos|me)?|mencionar(?:lo|nos)?|senalar(?:lo)?|notificar(?:nos)?|dar(?:nos|me)|permitir(?:nos|me)|tomarse|tomarte|estar|ser|seguir|haber|tener(?:me|nos|le)?|haberme|haberlo|haberla|haberlo|esa|esta|este|esto|eso|sus|tus|los|las|darnos|tenernos|confiar|aguantar|explicar(?:me|nos)?)\\b(?:\\s+[a-z]+){0,3}|(?:que bueno|me alegra|menos mal|que bien) que (?:nos|me) (?:llamo|aviso|avisara|llamara|conto|dijo|informo|lo dijo|lo conto)(?:\\s+[a-z]+){0,3}|(?:(?:le|te|les) )?(?:agradezco|agradecemos|agradeceria) (?:mucho |muchisimo |de verdad |sinceramente )?(?:que|por|su|tu|la|el|sus|tus|toda|muchisimo|mucho|de verdad)(?:\\s+[a-z]+){0,3})`), keep: (c) => !/\bgracias (?:\S+ ){0,3}?(?:por|x) (?:su|tu) (?:llamada|preferencia|atencion)\b/.test(c.evidence) || /^\s*(?:y|para|sobre|de hoy para)\b/.test(c.evidence.replace(/^.*?(?:llamada|preferencia|atencion)/, '') + c.after) },
  ],
});

const NOT_FULL = `(?:no (?:le |te |les )?(?:puedo|podemos|es posible|seria posible|se puede|nos es posible|me es posible|esta permitido|me permiten|me dejan|procede|corresponde)(?: (?:\\S+\\s+){0,4}?)(?:acredit|reembols|devolv|devuelv|descont|bonific|cobr|quit|elimin|anul|condon|perdon|reintegr|abon|rebaj|credito|reembolso|devolucion|descuento|cargo|factura|todo|total|complet|mes)[a-z]*|(?:el |un )?(?:credito|reembolso|descuento|devolucion|bonificacion) (?:total|completo|completa|de todo el mes|del mes completo|de toda la factura|por todo)\\s+no (?:es posible|se puede|procede|puedo|podemos|me es posible|esta permitido|es algo que)|(?:todo|la totalidad|el total|el mes completo) no (?:se lo |se la |le )?(?:puedo|podemos) (?:acreditar|devolver|reembolsar|descontar|bonificar|quitar))`;
const INSTEAD = `(?:pero|sin embargo|lo que si|en cambio|aunque|a cambio|eso si|si (?:le |te )?(?:puedo|podemos))`;
const SUBSTITUTE = `(?:abon[a-z]*|(?:una|alguna) parte|parcial[a-z]*|ofrecer|ofrezco|dar|doy|hacer|aplicar|aplico|quitar|quito|eliminar|elimino|descontar|descuento|bonific[a-z]*|exonerar|condonar|no cobrar|no cobrarle|no le cobro|no le cobramos|dejar|rebajar|rebajo|acreditar|acredito|reembolsar|devolver|devuelvo|perdonar|cubrir|absorber|la mitad|\\d+ ?%|un \\d+|por ciento|un descuento|una bonificacion|un credito|sin costo|gratis|sin cargo|cortesia)`;

const NOT_FULL_RE = new RegExp(NOT_FULL);

/** `compromise`: a substitute offered when a full credit is not possible. */
export const compromise = ruleDetector({
  label: 'compromise',
  reasons: {
    default: 'Ofrece una alternativa cuando el crédito completo no procede: el cliente recibe algo concreto y la relación se mantiene.',
  },
  gate: /acredit|reembols|devolv|devuelv|descont|descuento|bonific|cobr|cargo|credito|reembolso|devolucion|factura|mitad|%|gratis|cortesia/,
  twoSentences: true,
  rules: [
    { re: re(`\\b(?<ev>${NOT_FULL}${gap(20)}${INSTEAD}${gap(8)}${SUBSTITUTE}[a-z]*(?:\\s+[a-z0-9%]+){0,5})`) },
    { re: re(`\\b(?<ev>no (?:le |se lo |se la |te )?(?:puedo|podemos)[,;]?\\s+(?:pero|sin embargo)\\s+(?:le |te |si |se lo )?(?:podria|puedo|podemos|podriamos)\\s+(?:ofrecer|dar|descontar|bonificar|acreditar|quitar|aplicar|rebajar|no cobrar|reembolsar|devolver)[a-z]*(?:\\s+[a-z0-9%$]+){0,5})`), keep: (c) => /\b(?:credit|acredit|descuent|descont|dolar|peso|mil|cargo|factura|cobr|bonific|reembols)|\d|\$/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:aunque|si bien|lamentablemente|desafortunadamente)(?:,)? no${gap(10)}${SUBSTITUTE}[a-z]*(?:\\s+[a-z0-9%]+){0,5})`), keep: (c) => NOT_FULL_RE.test(c.evidence) },
  ],
});

/** `cost-saving`: concrete ways for the client to lower their bill. */
export const costSaving = ruleDetector({
  label: 'cost-saving',
  reasons: {
    default: 'Sugiere una forma concreta de bajar la factura del cliente (manual, lista de factura alta: puntos 8 y 9).',
  },
  gate: /menos|baj|reduc|disminu|ahorr|abarat|recort|rebaj|barat|economic|quit|elimin|acort|simplific|cort|breve|conviene|menos|omit/,
  rules: [
    { re: re(`\\b(?<ev>(?:para|si quiere|si desea|una (?:forma|manera) de|puede|podria|le ayudaria a|le ayuda a|ayudaria a|ayuda a|podemos|podriamos)\\s+(?:\\S+\\s+){0,3}?(?:bajar|reducir|disminuir|ahorrar|abaratar|recortar|rebajar|bajarle|reducirle|ahorrarle)(?:le)? (?:\\S+\\s+){0,2}?(?:su |la |el |los |sus |en )?(?:factura|cuenta|costo|costos|cobro|cobros|cargos?|minutos|gasto|consumo|pago|mensualidad|tiempo|dinero|tarifa|importe))`), keep: (c) => !/\bno\s+(?:\S+\s+)?$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:si|cuando) (?:\\S+\\s+){0,2}?(?:quita|quitamos|quitan|elimina|eliminamos|acorta|acortamos|acorte|quite|elimine|reduce|reducimos|simplifica|simplificamos)\\s+(?:\\S+\\s+){0,8}?(?:baja|bajaria|bajara|reduce|reduciria|ahorra|ahorraria|disminuye|sale mas barat|le sale mas barat|paga menos|pagaria menos|pagara menos|dura menos|duran menos|gasta menos|cuesta menos)[a-z]*(?:\\s+(?:su|la|el) (?:factura|cuenta|costo|cobro))?)`) },
    { re: re(`\\b(?<ev>(?:reduciria|reduce|reducira|bajaria|baja|bajara|ahorraria|ahorra|ahorraran|disminuiria|disminuye|recortaria|acortaria|acorta)\\s+(?:\\S+\\s+){0,6}?(?:tiempo|minutos|costo|costos|factura|cargo|cargos|cobro|gasto|cuenta))`) },
    { re: re(`\\b(?<ev>(?:le |te )?(?:saldria|sale|salga|saldra|va a salir|vendria|quedaria) (?:\\S+ )?(?:mas |bastante |mucho mas )?(?:barat[oa]s?|economic[oa]s?|a cuenta))`) },
    { re: re(`\\b(?<ev>(?:quitar|quitarle|eliminar|eliminarle|acortar|simplificar|recortar|resumir|sacar|omitir|quitamos|eliminamos|acortamos|quita|elimina|acorta|acorte|quite|elimine|simplifique)\\s+(?:\\S+\\s+){0,3}?(?:menu|saludo|mensaje|grabacion|opciones|instrucciones|bienvenida|guion|script|pasos|preguntas|anuncio)(?:\\s+\\S+){0,8}?\\s+(?:(?:agrega|anade|suma|aumenta|alarga|cuesta|tiempo|minutos|factura|cobro)\\b|barat|ahorr|reduc|baj))`) },
    { re: re(`\\b(?<ev>(?:un |el |su )?(?:saludo|mensaje|grabacion|bienvenida|guion|menu)(?: de (?:\\S+ ){1,3}?)?(?: (?:mas|muy) (?:cort[oa]|breve|sencill[oa]|simple))(?:\\s+\\S+){0,6}?\\s+(?:reduc|baj|ahorr|menos|barat|disminu|recort)[a-z]*)`) },
    { re: re(`\\b(?<ev>(?:le conviene|conviene|le recomiendo|le sugiero|le aconsejo|seria bueno|le serviria)\\s+(?:\\S+\\s+){0,10}?(?:horario de oficina|menos minutos|mas cort[oa]|mas breve|para (?:bajar|ahorrar|reducir|pagar menos)|menos llamadas|buzon de voz|mensaje de texto))`) },
    { re: re(`\\b(?<ev>(?:plan|paquete|tarifa) (?:mas )?(?:barat[oa]|economic[oa]|adecuad[oa]|chico|pequeno|basico)(?:\\s+[a-z]+){0,4}|(?:cambiar(?:se)?|pasar(?:se)?|bajar(?:se)?) (?:a|de) (?:un|una) (?:plan|paquete|tarifa) (?:\\S+ )?(?:menor|mas barat[oa]|mas economic[oa]|basic[oa]|mas chico))`) },
  ],
});

/** `protect-privacy`: declining to release a client's information, or offering only to pass a message. */
export const protectPrivacy = ruleDetector({
  label: 'protect-privacy',
  reasons: {
    default: 'Protege la información del cliente: no la comparte con quien no está autorizado y ofrece pasar un mensaje (manual, Parte IV).',
  },
  gate: /doy|damos|comparti|proporcion|confidencial|privad|privacidad|autoriza|permit|compartir|proporcion|revelar|facilitar|dar|divulgar|brindar|proteccion de datos|puedo|podemos/,
  rules: [
    { re: re(`\\b(?<ev>no (?:doy|damos|compartimos|comparto|proporcionamos|proporciono|revelamos|revelo|damos a conocer) (?:\\S+\\s+){0,2}?(?:informacion|datos|numeros|telefonos|direcciones)(?:\\s+[a-z]+){0,5})`) },
    { re: re(`\\b(?<ev>no (?:le |te |les )?(?:puedo|podemos|estoy autorizad[oa] (?:para|a)|estamos autorizad[oa]s (?:para|a)|tengo permitido|tenemos permitido|se me permite|se nos permite|nos es posible|me es posible|esta permitido|me permiten|nos permiten|me dejan)\\s+(?:\\S+\\s+){0,2}?(?:dar|compartir|proporcionar|revelar|facilitar|pasar|informar|decir|brindar|divulgar|dar a conocer|confirmar|entregar)(?:le|te|les|selo|sela)?\\s+(?:\\S+\\s+){0,4}?(?:informacion|datos|numero|telefono|celular|direccion|horario|horarios|detalles|nada (?:de|sobre)|su (?:numero|telefono|celular|direccion)|el (?:numero|telefono|celular|correo|domicilio|paradero)|donde (?:esta|se encuentra|vive)))`), keep: (c) => !/\b(?:su|tu) (?:propi[oa]|factura|cuenta|saldo)\b/.test(c.sentence.text.slice(c.from)) || /\b(?:cliente|doctor|doctora|consultorio|clinica|paciente|medico)/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:esa |esta |la |dicha )?(?:informacion|datos)(?: (?:de nuestros clientes|de (?:los|nuestros) clientes|del (?:doctor|consultorio|cliente|medico)|de la (?:doctora|clinica)|personales|de contacto))?\\s+(?:es|son|esta|estan)\\s+(?:estrictamente |totalmente )?(?:confidencial(?:es)?|privad[oa]s?|protegid[oa]s?|reservad[oa]s?)|por (?:razones de |motivos de |politica de |politicas de )?(?:confidencialidad|privacidad|proteccion de datos|seguridad del cliente)|(?:es|son) (?:informacion )?(?:confidencial(?:es)?|privad[oa]s?))\\b`) },
  ],
});
