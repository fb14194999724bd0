import type { Detector, Hit } from '../../detector.ts';
import { useName as nameDetector } from '../../detectors/use-name.ts';
import { fold, matchesIn, type Doc } from '../../text.ts';
import { ruleDetector, re, gap, type MatchContext } from '../rule.ts';
import { esView } from '../view.ts';
import { compact } from '../../patterns.ts';
import { HOSTILE_PHRASE, hostile } from './faults.ts';

// Patterns this file runs itself, compacted as `ruleDetector` does its own (patterns.ts, compact: far less compiled code).
const cre = (source: string): RegExp => compact(source, 'g');

// A restatement marker followed by the problem itself (judgement call 1: rephrase + acknowledge).
const RESTATE_MARK = `(?:si (?:lo |le |la |te )?(?:entiendo|entendi|comprendo|comprendi|capte)(?: bien|(?=,))|si no (?:me equivoco|(?:lo |le |la |te )?(?:entendi|entiendo|comprendi|capte) mal)|segun (?:entiendo|entendi|lo que (?:me )?(?:dice|cuenta|explica|comenta|dijo|conto))|por lo que (?:me )?(?:dice|cuenta|explica|comenta|dijo|conto|entiendo|entendi)|(?:lo que )?(?:entiendo|entendi|comprendo) (?:entonces )?es que|en otras palabras|dicho de otra (?:forma|manera)|(?:nada mas|nomas|solo|solamente)?\\s*para (?:confirmar|asegurarme|estar segur[oa]|verificar)(?= ?:)|(?:dejeme|dejame|permitame|voy a) (?:repasar|recapitular|resumir)(?: (?:lo que (?:me )?(?:dice|dijo|cuenta|conto)|lo que paso|los datos|el caso))?|(?:o sea|osea)(?=,)|(?:o sea|osea),? (?:que|q)|ver si (?:lo |le |la |te )?(?:tengo (?:bien|claro|todo(?: bien| claro)?)(?: (?:los datos|la informacion|todo|esto|lo que (?:paso|me dice|me dijo|me cuenta)|el caso|su caso|la historia))?|(?:entendi|entiendo|comprendi|capte|estoy entendiendo|estoy captando)(?: bien)?)|(?:lo que )?(?:me (?:dice|esta diciendo|cuenta|explica)|usted (?:me )?(?:dice|esta diciendo)) (?:es )?que|entonces,?\\s*¿?\\s*(?:el problema|lo que paso|lo que sucedio|usted|ud|su|sus|el|la|los|las|nadie|le|lo|la|no|ayer|anoche|esta)|para confirmar (?:que (?:le )?entendi|lo que (?:me )?(?:dice|dijo|cuenta))|(?:confirmar|repasar|verificar) (?:que|si) (?:lo |le )?(?:tengo todo|lo tengo|tengo (?:todo )?(?:bien|claro)|entendi(?: bien)?)|repito para confirmar|(?:le |te )?repito lo que (?:entendi|me dijo|me dice|me conto|me explico)|(?:a ver,? )?repasemos(?= ?:)|corrijame si (?:me equivoco|estoy mal))`;

// The caller's side of the problem told back: what reached (or did not reach) them, what they did, what was done to them.
const PROBLEM_TOLD = /\b(?:(?:usted|ud|tu|vos)\s+(?:\S+\s+){0,2}?(?:llamo|llamaste|marco|marcaste|dejo|dejaste|pidio|pediste|intento|intentaste|estuvo|estuviste|ha estado|has estado|lleva|llevas|recibio|recibiste|nos (?:dio|mando|envio|aviso|pidio|dijo|llamo)|hablo|hablaste|espero|esperaste|tuvo|tuviste|no (?:recibio|recibiste|pudo|pudiste|ha podido|ha recibido|tiene|tenia|tuvo))|(?:no )?(?:le|te|les) (?:llego|llegaron|llegaba|llegaban|contestaron|contesto|avisaron|aviso|pasaron|devolvieron|regresaron|respondieron|cobraron|cobramos|colgaron|colgo|mandaron|mandamos|dieron|dijeron|marcaron|marcamos)|(?:lo|la|los|las|le|te) (?:despertaron|desperto|despertamos|llamaron|llamamos|dejaron|tuvieron|hicieron esperar)|(?:el|su|sus|los|las|la|tu|tus) (?:mensaje|recado|llamada|paciente|operador|operadora|agente|cobro|cargo|factura|desvio|horario|cambio|fax|correo|aviso|linea|servicio|pedido|reporte)s?\b[^?]{0,60}?\b(?:no|nunca|llego|llegaron|tardo|tardaron|se perdio|se perdieron|se quedo|quedo|salio|sigue sin|siguio sin|nos llego|lo mandaron|la mandaron|se mando|se envio))\b/;

// "Para confirmar: ¿su número es el 555...?" checks contact details (`verify-number`), not the problem.
const CONTACT_CHECK = /[:,]\s*¿?\s*(?:(?:y|e)\s+)?(?:su|tu|el|la|me (?:da|confirma|repite))\s+(?:mejor\s+)?(?:numero|telefono|celular|cel|correo|email|nombre|apellido|direccion|extension)\b/;

// Impatience or an order about feelings turns "ya entendí" / "usted está alterado" into a brush-off (`condescending`), not acknowledgement.
const IMPATIENT = /\b(?:si,? si|ya,? ya|no hace falta|no (?:me )?(?:lo )?repita|mil veces|ya me lo dijo|no (?:me )?grite|deje de|calmese|calmate|tranquilicese|relajese|no se ponga|baje la voz|asi no (?:se puede|podemos|vamos))\b/;

/** `acknowledge`: naming the caller's problem or state back to them. */
export const acknowledge = ruleDetector({
  label: 'acknowledge',
  reasons: {
    default: 'Reconoce el problema o el estado del cliente (la A de A.E.R.): se siente escuchado antes de que usted lo resuelva.',
  },
  gate: /vos|tu |ud |ya entendi|ya le entendi|ya comprendi|capte|repasemos|repito|se que|molest|enoj|frustr|preocup|indign|dice|diciendo|cuenta|explica|comenta|entend|segun|por lo que|otras palabras|dicho de|repas|recapitul|resum|capt|verdad|cierto|correcto|tenes|tenés|reconozco|para usted|nota|se ve|se oye|despertaron|llamaron|localizaron|molestaron|colgaron|dejaron|hicieron|tuvieron|cobraron|mandaron|entiendo|comprendo|veo|not[oa]|ver |percib|doy cuenta|escucho|oigo|razon|lleva|usted|claro|sus? |o sea|entonces|confirmar|imagino|percibo/,
  rules: [
    { re: re(`\\b(?<ev>(?:(?:yo )?(?:lo |le |la |te |los |las )?(?:entiendo|comprendo)(?: (?:perfectamente|muy bien|bien|totalmente|completamente|claramente|de verdad))?|(?:lo |le |la |te )?(?:escucho|oigo)|le creo|(?:me queda|queda) claro)(?:\\s+(?:que|q|lo que|como|cuanto|su|sus|tu|tus|la|el|los|las|esto|eso|perfectamente)(?:\\s+[^\\s,.;:!?]+){0,8})?)`), keep: (c) => !/\b(?:no|si|a ver si|para ver si|ver si|para que|que)\s+(?:lo |le |la |te )?$/.test(c.before) && !/^\s*bien\s*\?/.test(c.after) && !/\b(?:siga|sigale|continue|continua|adelante|digame|cuenteme|le escucho|la escucho|lo escucho)[,.]?\s*$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:(?:puedo |ya |yo )?(?:veo|noto|percibo|me doy cuenta de|escucho|oigo|siento|se)|(?:puedo|podemos) (?:ver|notar|escuchar|oir|percibir|sentir)|se (?:nota|ve|oye|escucha|siente)) (?:que|q|lo) (?:usted |muy |tan |re |ud |esta |estas |ha |han |le |lo |la |su |sus |tu |tus |no |lleva |llevas |tiene |tienes |lo tiene |esto )(?:\\S+\\s+){0,6}?(?:molest|enoj|frustr|preocup|cansad|harta|harto|afectad|indign|alterad|disgust|inconform|decepcion|ofendid|incomod|esper|llam|intent|tratando|pasando|pasado|problema|situacion|complicad|estres|angust|desesper|dificil|mal|moles|triste|urgente|apurad|quitado|sueno|arruin|dias|horas|semanas|sin (?:respuesta|servicio|mensajes|recibir|poder))[a-z]*)`) },
    { re: re(`\\b(?<ev>(?:ha sido|fue|esta siendo|ha de haber sido|debe haber sido) (?:un|una) (?:\\S+\\s+){0,3}?(?:dificil|pesad[oa]|complicad[oa]|larg[oa]|horrible|terrible|mal[oa]|estresante|agotador[a]|pesadill[a]) para (?:usted|ti|vos))`) },
    // "ya entendí", "usted está molesta porque...": the caller's state named back.
    { re: re(`\\b(?<ev>ya (?:le |lo |la |te )?(?:entendi|comprendi|capte)(?:\\s*[,:]\\s*(?:\\S+\\s+){1,8}\\S+)?|(?:usted|ud|tu|vos) (?:esta|estas|se siente|te sentis|te sientes|anda|andas|se quedo|quedo) (?:muy |tan |re |bien |super |algo |un poco )?(?:molest|enojad|frustrad|preocupad|cansad|hart|indignad|desesperad|afectad|angustiad|alterad|estresad|agobiad|decepcionad|confundid|incomod)[oa]s?(?:\\s+(?:porque|por|con|de)(?:\\s+[^\\s,.;:!?]+){1,8})?)`), keep: (c) => !/\b(?:no|si|que)\s+$/.test(c.before) && !/¿\s*(?:\S+\s+){0,2}$/.test(c.before) && !IMPATIENT.test(c.sentence.text) },
    // "Usted pidió el cambio el lunes y no se aplicó": what the caller did, and what failed, told back.
    { re: re(`(?:^|[,:;]\\s*|\\b(?:y|que)\\s+)(?<ev>(?:usted|ud|tu|vos) (?:\\S+ )?(?:pidio|pediste|pedis|llamo|llamaste|marco|marcaste|dejo|dejaste|reporto|reportaste|aviso|avisaste|mando|mandaste|envio|enviaste|solicito|solicitaste)\\b[^.;?¿]{0,80}?\\b(?:y|pero) (?:(?:no|nunca|todavia no|aun no) (?:se|le|les|te|nos (?:llego|llegaron)|lo (?:recibimos|aplicamos|cambiamos|hicimos|registramos)|la (?:recibimos|aplicamos|cambiamos|hicimos|registramos))|nadie|sigue sin|seguia sin)\\b[^.;?¿]{0,60})`), keep: (c) => !/¿\s*$/.test(c.before) && !/\bsi\s+$/.test(c.before) },
    // Agreeing with the caller's account: "tiene razón", voseo "tenés razón", "le doy la razón", "está en lo cierto".
    { re: re(`\\b(?<ev>(?:(?:usted |ud |tu |vos )?(?:tiene|tienes|tenes)(?: usted| ud)? (?:toda la |mucha |toda |harta )?razon|(?:le|te|les) doy (?:toda )?la razon|(?:esta|estas)(?: usted)? en lo (?:cierto|correcto)|razon (?:tiene|tienes|tenes)(?: usted)?)(?! (?:de|para|en estar|en sentirse|en molestarse|en enojarse)))\\b`), keep: (c) => !/\b(?:no|nunca|ni)\s+(?:\S+\s+)?$/.test(c.before) && !/¿\s*$/.test(c.before) },
    { re: re(`(?:^|[.;:]\\s*|\\by\\s+)(?<ev>(?:a usted )?(?:lo|la|le|les) (?:despertaron|llamaron|localizaron|molestaron|colgaron|dejaron esperando|hicieron esperar|tuvieron esperando|cobraron|mandaron|dejaron sin)(?:\\s+[^\\s,.;:!?]+){1,8})`) },
    { re: re(`\\b(?<ev>(?:usted|ud|tu|vos)? ?(?:lleva|llevas|ha estado|has estado|estuvo|estuviste|ha tenido|has tenido|tuvo|tuviste|ha intentado|has intentado|intento|intentaste|ha esperado|has esperado|espero|esperaste)\\s+(?:\\S+\\s+){0,4}?(?:tratando|intentando|esperando|llamando|sin (?:respuesta|servicio|mensajes|poder)|hora|horas|minutos|dias|veces|toda la (?:noche|manana|tarde)|problemas|que (?:llamar|esperar|repetir)))`), keep: (c) => (/^(?:usted|ud|tu|vos)\b/.test(c.evidence) || /^(?:lleva|llevas|ha |has )/.test(c.evidence)) && !/\b(?:si|que|ver si)\s+(?:ya\s+)?(?:no\s+)?$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:sus|tus) (?:llamadas|mensajes|pacientes|clientes|recados|paginas)(?: de [a-z]+)? no (?:fueron|han sido|habian sido|llegaron|le llegaron|han llegado|recibieron|fueron atendid|pudieron|contestaron|se contestaron)(?:\\s+[a-z]+){0,3})`), keep: (c) => !/\b(?:si|para que|asegurar(?:me)? de que|que)\s+$/.test(c.before) },
    { re: re(`(?:^|[,:;]\\s*|\\b)(?<ev>${RESTATE_MARK}[,:]?${gap(1)}(?:\\S+\\s+){2,}\\S+)`), keep: (c) => !recapOfOurs(c.evidence) && !/^(?:para confirmar) (?:que|si) (?:todo|ya)/.test(c.evidence) && !CONTACT_CHECK.test(c.evidence) && !PHONE_CHECK.test(c.evidence) && !/(?:dice|diciendo|cuenta|explica) (?:es )?qué/.test(c.sentence.accented.slice(c.from, c.from + c.evidence.length)) && !/¿\s*(?:\S+\s+){0,3}$/.test(c.before) },
    // "Puedo escuchar lo molesta que está", "veo lo preocupado que anda".
    { re: re(`\\b(?<ev>(?:(?:puedo |ya )?(?:veo|noto|percibo|escucho|oigo|siento|entiendo|comprendo|se)|(?:puedo|podemos) (?:ver|notar|escuchar|oir|percibir|sentir|entender|imaginar)) (?:lo|que tan|cuan) (?:muy |tan |re )?(?:molest|enojad|frustrad|preocupad|cansad|hart|indignad|desesperad|afectad|angustiad|alterad|estresad|agobiad)[oa]s? (?:que )?(?:esta|estas|se siente|te sentis|anda|andas|se encuentra)(?: usted)?)`) },
    // The problem told back as a check ("el mensaje no le llegó, ¿verdad?"): judgement call 1.
    { re: re(`^\\s*(?<ev>[^?¿]{8,200}?),?\\s*¿?\\s*(?:verdad|cierto|correcto|no es asi|es asi|no|si)\\s*\\?\\s*$`), keep: (c) => !/\b(?:de|la|es|en|a|con|toda|una|o)$/.test(c.evidence) && PROBLEM_TOLD.test(c.evidence) && !PHONE_CHECK.test(c.evidence) },
  ],
});

// Intensifiers from every region ("re molesto", "bien feo", "súper pesado", "harto difícil") and what a hard time is called.
const INTENS = `(?:(?:muy|tan|realmente|sumamente|super|re|bien|bastante|demasiado|tremendamente|harto|verdaderamente|terriblemente|de lo mas|mas que) )?`;
const HARD = `(?:frustrante|molest[oa]|desesperante|angustiante|angustios[oa]|estresante|dificil|horrible|terrible|fe[oa]|feisim[oa]|pesad[oa]|incomod[oa]|preocupante|agotante|agotador[a]?|injust[oa]|desagradable|cansad[oa]|fastidios[oa]|engorros[oa]|agobiante|desgastante|indignante|espantos[oa]|dur[oa]|trist[e])`;

/** `empathize`: expressing feeling for the caller's situation ("lamento mucho...", "me imagino lo frustrante"). */
export const empathize = ruleDetector({
  label: 'empathize',
  reasons: {
    default: 'Expresa lo que siente por la situación del cliente (la E de A.E.R.): con empatía, el cliente se calma y coopera.',
  },
  // "Qué difícil es tratar con usted" mocks; it does not feel for the caller.
  veto: (view) => !HOSTILE_PHRASE.test(view.text),
  gate: /por que|porque|veras|derecho|zapatos|fuera usted|coraje|rabia|impotencia|bronca|muina|hubiera|habria|desgast|fastidi|engorr|espant|indign|trist|mal rato|experiencia|agradable|grato|facil|bonito|lindo|comodo|padre|chevere|justo|se vale|nadie|cualquiera|agotad|cansad|hart|desvel|agobi|estres|lugar|estaria|lament|siento|imagin|frustr|molest|desesper|angust|estres|dificil|horrible|terrible|feo|pesad|incomod|tambien|igual|pena|comprensible|normal|logico|entendible|razon|disculp|perdon|pobre|mal\b|horror|situacion|preocup/,
  rules: [
    { re: re(`\\b(?<ev>(?:lo |la )?(?:lamento|lamentamos|siento|sentimos)(?: (?:much[oi]simo|mucho|tanto|de verdad|profundamente|sinceramente|de corazon|enormemente|un monton|en el alma))*(?: (?:que|lo que|lo ocurrido|lo sucedido|la molestia|las molestias|el inconveniente|los inconvenientes|el mal rato|la situacion|esto|eso|todo|su|sus|tu|tus|haber|tanto|por|como|si))?)\\b`), keep: (c) => /\b(?:mucho|muchisimo|muchimo|tanto|de verdad|profundamente|sinceramente|corazon|enormemente|monton|alma|que|lo que|ocurrido|sucedido|molestia|molestias|inconveniente|inconvenientes|mal rato|situacion|esto|eso|todo|su|sus|tu|tus|haber|por|como|si)$/.test(c.evidence) || /^lament/.test(c.evidence) },
    // A bare "lo siento" closing an admission is an apology; after a refusal ("no depende de mí, lo siento") it is a formula.
    { re: re(`(?:^|[,;]\\s*)(?<ev>lo siento)(?=\\s*[.!]|\\s*$|,\\s*(?:senor|senora|doctor|doctora|de verdad|de corazon))`), keep: (c) => !/\b(?:no (?:depende|puedo|podemos|es mi|es nuestro|hay nada|se puede)|ni modo|pero)\b/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>(?:entiendo|comprendo|se|imagino|me imagino|puedo imaginar|me puedo imaginar)(?: perfectamente| muy bien| bien)? (?:lo|que tan|cuan) ${INTENS}${HARD}|(?:debe|debes|ha de|has de|debe de) (?:estar|sentirse|sentirte) ${INTENS}(?:cansad|agotad|preocupad|molest|frustrad|hart|desesperad|angustiad|estresad|agobiad|desvelad|enojad)[oa]s?|cuanto lo (?:siento|lamento)|(?:me|nos) (?:imagino|imaginamos|puedo imaginar|puedo figurar) (?:lo|cuan|que tan|como|el|la|lo (?:frustrante|molesto|dificil|preocupante|estresante|incomodo|feo|terrible))(?:\\s+[a-z]+){0,2}|no me (?:imagino|puedo imaginar)(?:\\s+[a-z]+){0,2})`) },
    { re: re(`\\b(?<ev>(?:que|muy|tan|debe (?:de )?ser|debe (?:de )?haber sido|debio (?:de )?ser|ha de ser|ha de haber sido|fue|es|suena|se oye) ${INTENS}${HARD})\\b`), keep: (c) => !/\bno\s+$/.test(c.before) && !/^\s*(?:es|eres|sos|esta|estas)\s+(?:usted|ud|tu|vos)\b/.test(c.after) && (/^(?:que|debe|debio|ha de|suena|se oye)/.test(c.evidence) || /\b(?:para usted|para ti|para vos|para cualquiera|lo que|eso|esto|le paso|vivir|pasar|esperar|tener que|recibir|que (?:no )?(?:le|te|les|lo|la|a uno))\b/.test(c.sentence.text)) },
    { re: re(`\\b(?<ev>me pongo en su lugar|yo (?:tambien )?(?:estaria|me sentiria|me pondria|me habria puesto) (?:igual (?:de )?|muy |tan |super )?(?:molest|enojad|frustrad|preocupad|furios|desesperad|angustiad)[a-z]*|(?:yo |a mi )?(?:tambien|igual|en su lugar|en su caso|en tu lugar) (?:yo )?(?:estaria|me sentiria|me habria sentido|me pondria|me molestaria|me enojaria|me frustraria|me daria (?:mucho )?(?:coraje|rabia|muina|bronca|enojo|pena)|me habria molestado|estaria igual)(?: (?:igual|tan|muy))?(?: (?:molest|enojad|frustrad|preocupad|furios|igual|moles)[a-z]*)?)`) },
    { re: re(`\\b(?<ev>que (?:situacion|cosa|experiencia|noche|manana|tarde|rato|momento|lio|problema|susto) (?:tan|mas) ${INTENS}${HARD}|que (?:mala|fea|horrible|terrible) (?:experiencia|noche|situacion)|que mal rato|que susto|no (?:tiene|tenia|tendria|debe|deberia|tenias|tenes) (?:usted |vos )?(?:por que|porque|que) (?:pasar|vivir|aguantar|soportar|esperar|sufrir)|de (?:veras|verdad) que (?:lo )?(?:siento|lamento)|de veras (?:lo )?(?:siento|lamento)|con (?:toda|mucha) (?:la )?razon (?:esta|se siente|se molesta|se enoja|se queja)|(?:esta|estas) en (?:todo )?su derecho (?:de|a) (?:estar|sentirse|molestarse|enojarse|quejarse|reclamar)|cualquiera se (?:hubiera|habria) (?:molestado|enojado|frustrado|preocupado|puesto (?:igual|asi))|me pongo en sus zapatos|(?:si yo fuera usted|yo en su lugar|en su lugar),? (?:yo )?(?:tambien )?(?:estaria|me sentiria|me pondria)|(?:perdoneme|perdonenos|disculpeme|disculpenos|perdoname|disculpame|perdon)(?:,)? (?:de verdad|de corazon|en serio|mil veces|por favor,? de verdad)|(?:perdoneme|perdonenos|disculpeme|disculpenos|perdoname|disculpame) (?:por|que) (?:lo que (?:paso|le paso|sucedio)|lo ocurrido|el error|la molestia|las molestias|el mal rato|haber(?:la|lo|le|te)|(?:le|lo|la|te) (?:hayamos|haya)|hayamos)|que (?:coraje|rabia|impotencia|bronca|muina|frustracion|angustia|desesperacion|lata|pena tan grande)|(?:yo )?(?:me hubiera|me habria) (?:sentido|puesto|molestado|enojado|frustrado|preocupado)(?: igual| muy| tan| super)?(?: (?:molest|enojad|frustrad|preocupad)[oa])?|cualquiera (?:estaria|se sentiria|se pondria|se molestaria|se enojaria|se frustraria|se preocuparia|hubiera estado|habria estado))`) },
    { keep: (c) => !/^(?:\s*(?:por|de))?\s*(?:interrump|cort|la interrupcion|meter|entromet|insist|pregunt|la pregunta|hacerle|molestar(?:la|lo|le)? con)/.test((/(?:por|de)$/.test(c.evidence) ? ' ' : '') + c.after) || !/(?:por|de)$|disculpas?$|perdon$/.test(c.evidence), re: re(`\\b(?<ev>que pena (?:con usted|contigo|con vos|lo que|que|de verdad|tan grande)|ay,? que pena|que mal(?: que|,|!|\\s*$)|que horror|pobrecit[oa]|(?:es|fue|resulta) (?:muy |totalmente |completamente )?(?:comprensible|normal|logico|entendible|natural) que (?:este|se sienta|se haya|se moleste|este usted|estes|te sientas)|(?:tiene|tienes|con) (?:toda la )?razon (?:de|para|en) (?:estar|sentirse|sentirte|molestarse|enojarse)|(?:le|te|les) (?:pido|pedimos|ofrezco|ofrecemos|presento|presentamos|debo|debemos) (?:de nuevo |nuevamente |otra vez )?(?:mil |muchas |(?:mis |nuestras )?(?:mas )?sinceras |mis |nuestras |una (?:sincera |enorme |gran )?|un )?(?:disculpas?|perdon)(?: (?:por|de)|(?=\\s*[,;:.!]|\\s*$|\\s+(?:y|e|pero|de verdad|de corazon|sinceramente|a nombre|en nombre)\\b))|no (?:me parece|es|fue|se me hace) (?:nada )?(?:justo|correcto|aceptable) (?:que|lo que) (?:usted |ud )?(?:haya|hayan|tenga|tuviera|tuvo|este|estuviera|le|lo|la|sus|su|pase|pasara)|(?:nunca|no) es (?:nada )?(?:agradable|grato|facil|bonito|lindo|comodo|padre|chevere) (?:que|recibir|esperar|pasar|tener que|estar|despertar|enterarse|quedarse)|no se vale (?:que|lo que) (?:usted |ud )?(?:haya|hayan|tenga|tuviera|le|lo|la|sus|su|pase)|(?:a nadie|nadie) (?:le gusta|merece|deberia|tendria que) (?:pasar|recibir|esperar|estar|que (?:lo|la|le))|(?:es|seria) (?:muy |super |re )?(?:dificil|frustrante|molest[oa]|pesad[oa]) para cualquiera|(?:mil|muchas|sinceras|de verdad,? mil) disculpas (?:por|de|,? (?:senor|senora|doctor|doctora))|(?:mil|muchas) disculpas(?=[.!]|\\s*$)|de verdad (?:lo )?(?:siento|lamento)|me (?:apena|da (?:mucha )?pena|duele|preocupa) (?:mucho |muchisimo )?(?:que|lo que|saber|escuchar|oir))`) },
  ],
});

/** `reassure`: personal ownership of getting it resolved ("yo me encargo de esto hoy mismo"). */
export const reassure = ruleDetector({
  label: 'reassure',
  reasons: {
    default: 'Asume personalmente la solución (la R de A.E.R.): el cliente sabe que alguien se hace cargo.',
  },
  gate: /dejar|seguimiento|hasta que|encarg|ocup|cargo|asegur|posible|necesario|manos|resuel|resolv|solucion|arregl|correg|cuente|palabra|garantiz|promet|comprom|solt/,
  rules: [
    { re: re(`\\b(?<ev>(?:yo )?(?:me|nos) (?:(?:voy|vamos) a (?:encargar|ocupar|hacer cargo|asegurar)|encargo|encargare|encargamos|encargaremos|ocupo|ocupare|ocupamos|hago cargo|hare cargo|hacemos cargo|haremos cargo|comprometo|comprometemos)(?: (?:personalmente|yo|yo misma|yo mismo|ahora mismo|de inmediato|hoy mismo))?(?: (?:de|del|de que|de esto|de eso|de todo|de resolver|de su))?|(?:voy|vamos) a (?:asegurarme|asegurarnos|encargarme|encargarnos|ocuparme|ocuparnos|hacerme cargo|hacernos cargo|resolver(?:lo|la|le|selo|selos)?|solucionar(?:lo|la|le|selo)?|arreglar(?:lo|la|le|selo)?|corregir(?:lo|la|le|selo)?|encontrar (?:una|la) solucion|dejar(?:lo|la) resuelt[oa])|(?:me|nos) (?:asegurare|aseguraremos)|(?:me )?(?:voy|vamos) a asegurar|(?:hare|haremos|voy a hacer|vamos a hacer|hago|hacemos) (?:todo )?(?:lo (?:posible|imposible|necesario|que este en mis manos|que pueda|que haga falta)|todo lo (?:posible|que (?:este|pueda|podamos|haga falta)|necesario))|(?:lo|la|se lo) (?:voy|vamos) a dejar (?:funcionando|resuelt[oa]|listo|lista|arreglad[oa]|solucionad[oa])(?:\\s+[a-z]+){0,2}|(?:dejelo|dejemelo|dejamelo|dejalo) (?:en mis manos|a mi|conmigo)|(?:esta|queda|estas) en buenas manos|yo (?:personalmente |misma |mismo )?(?:lo|la|le|te|se lo|se la) (?:resuelvo|soluciono|arreglo|corrijo|ayudo a resolver)|(?:lo|la|se lo) (?:resuelvo|soluciono|arreglo|corrijo) (?:hoy|ahora|ya|yo|personalmente|ahorita|en este momento|de inmediato)|no (?:voy a|lo voy a|la voy a|le voy a) (?:colgar|soltar|dejar)(?:lo|la)? (?:hasta|sin)|cuente conmigo|tiene mi palabra|le doy mi palabra|(?:le|te) (?:garantizo|prometo|aseguro) que (?:lo|la|esto|eso|vamos a|voy a|quedara|se (?:va|resolvera|solucionara)|yo|hoy|le|su)(?:\\s+[a-z]+){0,3}|(?:me|yo me) comprometo a (?:resolver|solucionar|arreglar|que)|(?:yo )?(?:personalmente )?(?:voy|vamos) a (?:darle|dar|hacerle|hacer|llevar) (?:el )?seguimiento (?:yo |yo misma |yo mismo )?(?:personalmente )?(?:hasta que|(?:a|de) (?:su|tu) (?:caso|reporte|queja|solicitud|ticket|folio|problema|tramite))|hasta que (?:esto |eso |todo |su caso |el problema )?(?:quede|este|se haya) (?:resuelt|solucionad|arreglad)[oa])`), keep: (c) => !/\b(?:no|nadie|quien|alguien|si|no puedo|no podemos)\s+(?:\S+\s+){0,1}$/.test(c.before) && !/\b(?:usted|ud|tu|vos)\s+(?:se\s+)?$/.test(c.before) },
  ],
});

const ES_TITLES = `lic|licenciad[oa]|ing|inge|ingenier[oa]|arq|arquitect[oa]|mtro|mtra|maestr[oa]|prof|profe|profesor[a]?|don|dona|sr|sra|srta|senor|senora|senorita|doctor|doctora|dr|dra|contador[a]?|cp|abogad[oa]|padre|madre|hermana|hermano`;
// Only for a caller whose title the shared detector cannot read; Sr./Sra./Dr. keep its gender check.
const ES_TITLE_WORD = /^(?:lic|licenciad[oa]|ing|inge|ingenier[oa]|arq|arquitect[oa]|mtro|mtra|maestr[oa]|profe|profesor[a]?|contador[a]?|cp|abogad[oa]|padre|madre|hermana|hermano)$/;

/** `use-name`: the caller's own name, read as in English (titles like Sr./Sra./Dra./doña included). */
export const useName: Detector = {
  label: 'use-name',
  reasons: {
    es: {
      default: 'Llamar al cliente por su nombre le dice que lo ve como persona, no como un número de caso (manual: use su nombre al hablarle).',
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.callerName === undefined) return [];
    const found = nameDetector.detect(doc);
    if (found.length > 0) return found;
    // Spanish titles the shared detector does not know ("Lic. Paredes", "Ingeniero Soto", "Profe Díaz").
    const parts = fold(doc.callerName).replace(/ñ/g, 'n').replace(/[.,]/g, ' ').split(/\s+/).filter((p) => p !== '');
    if (parts.length < 2 || !ES_TITLE_WORD.test(parts[0]!)) return [];
    const surname = parts[parts.length - 1]!;
    if (surname.length < 2 || !/^[a-z'-]+$/.test(surname)) return [];
    const titled = new RegExp(`\\b(?:${ES_TITLES})\\.?\\s+${surname}\\b`, 'g');
    return esView(doc).sentences.flatMap((sn) => matchesIn(sn.text, titled).map((m) => ({ start: sn.start + m.index, end: sn.start + m.index + m[0].length })));
  },
};

/** `rephrase`: restating the caller's problem to confirm it, or asking whether it was understood. */
// A number read back for confirmation is `verify-number`; "ah, claro, porque usted sabe más" is sarcasm: neither restates the problem.
const PHONE_CHECK = /\b\d{2,4}(?:[ -]\d{2,4}){3,}\b|\b(?:numero|telefono|celular|cel)\b[^?]{0,40}?\d{4}|\b(?:al|el) \d{2,4}[ -]\d{3}|\b(?:repito|leo) (?:el|su|tu) (?:numero|telefono|celular)\b/;
const SARCASM = /\b(?:claro|por supuesto),? (?:porque|como) (?:usted|tu|vos)\b/;

/** "Repasemos: ya corregí..., le llamo mañana" recaps our commitments (`summarize`), not the caller's problem. */
function recapOfOurs(text: string): boolean {
  if (/^entonces\b/.test(text)) return /^entonces,?\s+(?:yo\s+)?(?:(?:le|la|lo|te) (?:marco|llamo|mando|envio|aviso|confirmo|paso|transfiero|comunico)|quedamos|voy a|vamos a|hacemos|lo dejamos)\b/.test(text);
  return /^(?:a ver,? )?repasemos\b/.test(text) && (!PROBLEM_TOLD.test(text) || /\b(?:ya (?:corregi|cambie|actualice|hice|quedo|quedaron|aplique)|(?:le|la|lo|te) (?:llamo|marco|mando|envio|aviso)|voy a|vamos a|quedamos)\b/.test(text));
}

/** "me dice qué día dejó de..." (accented, or inside a "¿...?") asks a question; "me dice que..." restates. */
function asksInstead(c: MatchContext): boolean {
  if (!/(?:dice|diciendo|cuenta|explica) (?:es )?que$/.test(c.evidence)) return false;
  const q = c.sentence.accented.slice(c.from + c.evidence.length - 3, c.from + c.evidence.length);
  return q === 'qué' || /¿\s*(?:\S+\s+){0,3}$/.test(c.before);
}

function tagRestates(c: MatchContext): boolean {
  const said = c.sentence.text.slice(0, c.from);
  // A bare "¿Sí?" is a phone "hello?"; a bare "¿Correcto?" checks what was just said.
  if (!/[a-z]{2,}\s+\S+\s+\S+/.test(said)) return c.evidence !== 'si';
  if (PROBLEM_TOLD.test(said)) return true;
  const end = c.sentence.start + c.from;
  return acknowledge.detect(c.doc).some((h) => h.start >= c.sentence.start && h.end <= end);
}

export const rephrase = ruleDetector({
  label: 'rephrase',
  reasons: {
    default: 'Repite el problema con sus palabras para confirmar que lo entendió: escucha activa que evita malentendidos.',
  },
  gate: /repasemos|repito|voy bien|vamos bien|paso|quedo|resumi|anote|segun|por lo que|otras palabras|dicho de|repas|recapitul|resum|verdad|cierto|entend|capt|entonces|falto|escapo|entiendo|entendi|comprendo|comprendi|equivoco|o sea|osea|claro|dice|diciendo|cuenta|resumen|correcto|asi\b|confirmar|repito|corrijame|capte|tengo|explique|pregunto/,
  rules: [
    { re: re(`(?:^|[,:;]\\s*|\\b)(?<ev>${RESTATE_MARK})\\b`), keep: (c) => !recapOfOurs(c.evidence + c.after) && !asksInstead(c) && !CONTACT_CHECK.test(c.evidence + c.after.slice(0, 40)) && !((/^entonces/.test(c.evidence) || /para confirmar/.test(c.evidence)) && PHONE_CHECK.test(c.sentence.text)) && (!/^para confirmar\b/.test(c.evidence) || /\?|\b(?:es asi|es correcto|cierto)\b/.test(c.after) || /:\s*$/.test(c.after.slice(0, 2)) || /^\s*(?:lo que|que usted|que entendi|entonces)/.test(c.after)) },
    { re: re(`\\b(?<ev>(?:dejeme|dejame|permitame|deje me|quiero|necesito|voy a)\\s+(?:ver si|confirmar si|asegurarme de que|repasar|repetir|verificar si|confirmar que)\\s+(?:lo |le |la |te )?(?:entendi|entiendo|comprendi|tengo (?:bien|claro|todo)|tengo esto|capte|anote bien|estoy entendiendo)(?:\\s+bien)?|(?:a ver|para ver) si (?:le |lo |la |te )?(?:entendi|entiendo|comprendi|capte)(?:\\s+bien)?|(?:entendi|comprendi|capte|anote) (?:todo |eso )?(?:bien|correctamente)\\s*\\?|(?:lo|la|le|te) (?:entendi|comprendi|capte|estoy entendiendo|estoy captando|entiendo|comprendo) bien\\s*\\?|(?:voy|vamos) bien\\s*\\?|(?:es|fue) (?:eso|asi)(?: lo que (?:paso|sucedio|ocurrio))?\\s*\\?|(?:es|seria|sería) (?:un resumen )?(?:justo|correcto|acertado)(?: (?:de lo que|lo que|decir))?(?:\\s+[a-z]+){0,3}\\s*\\?|(?:es|seria) un (?:buen )?resumen (?:justo|correcto|acertado)|(?:estoy|voy) (?:en lo correcto|bien)\\s*\\?|es correcto\\s*\\?|(?:,\\s*)?(?:es|fue) asi\\s*\\?|(?:me|se me) (?:falto|paso|escapo|quedo) (?:algo|algun (?:detalle|dato|punto)|alguna cosa|nada)(?: (?:de|importante|de lo que|por fuera|afuera)[^?]{0,40})?\\s*\\?|(?:lo|la|le|te) (?:resumi|anote|capte|dije|repeti|tengo|entendi) (?:todo )?bien\\s*\\?|(?:lo|la|le|te) (?:he|hemos) (?:entendido|comprendido|captado|anotado) (?:todo )?bien|(?:tengo|tenemos) todo (?:bien|correcto)\\s*\\?)`), keep: (c) => !/\b(?:usted|ud|tu|vos) (?:me )?$/.test(c.before) && !PHONE_CHECK.test(c.view.text) && !SARCASM.test(c.sentence.text) },
    // A tag question: on its own ("¿Correcto?") it checks what was just said; closing a statement, only when that statement tells the caller's problem back.
    { re: re(`(?:^|[,;]?\\s*)¿?\\s*(?<ev>(?:cierto|verdad|no es asi|es asi|correcto|estoy en lo correcto|me equivoco|si o no|si))\\s*\\?\\s*$`), keep: (c) => !/\b(?:de|la|es|en|a|con|toda|una|la pura)\s*$/.test(c.before) && !PHONE_CHECK.test(c.view.text) && !SARCASM.test(c.sentence.text) && tagRestates(c) },
  ],
});

const INTERROG = `(?:(?:desde|hasta|a|con|de|para|por|en|sobre) )?(?:que|q|cual|cuales|cuando|donde|adonde|quien|quienes|como|cuanto|cuanta|cuantos|cuantas)`;
const LEAD = `(?:(?:y|e|pero|entonces|bueno|ok|perfecto|claro|disculpe|disculpa|perdon|perdone|senor|senora|doctor|doctora|sr|sra|dr|dra|don|dona)[,.]?\\s+){0,3}(?:a usted,?\\s+|usted\\s+)?(?:(?:me|nos) (?:podria|puede|podrias|puedes|quiere|quieres|dice|dices|decis|cuenta|cuentas|contaria|explica|explicaria|indica|confirma|recuerda)(?: usted)?\\s+(?:decir|contar|explicar|confirmar|indicar|recordar)?\\s*|(?:podria|puede|podrias|puedes|pudiera)(?: usted)? (?:decirme|contarme|explicarme|indicarme|confirmarme|recordarme)\\s+|(?:sabe|sabes|recuerda|recuerdas|se acuerda|te acordas|te acuerdas|tiene idea|tienes idea|sabria)(?: usted)?\\s+(?:de\\s+)?)?`;
const FACT_Q = cre(`(?:^|¿|[,:;]\\s+)\\s*(?<ev>${LEAD}${INTERROG}\\b[^?¿.!]{3,120})`);
// Greetings, offers and channel checks ask nothing about the complaint.
const NOT_PROBING = /^(?:(?:y|e|pero|bueno|ok|perfecto|claro)[,.]?\s+)?(?:en que (?:le|te|les|lo|la) (?:puedo|podemos) (?:ayudar|servir|apoyar)|como (?:esta|estas|le va|te va|se encuentra|amanecio|le puedo ayudar|te puedo ayudar|lo puedo ayudar|la puedo ayudar)|que tal|que (?:prefiere|prefieres|le parece|te parece|opina|le funciona mejor|le conviene|le queda mejor|le acomoda|te acomoda|le sirve|le viene mejor)(?:\s|$)|cual (?:prefiere|prefieres|le funciona|le conviene|le parece|le acomoda|opcion)|(?:cual|que) (?:es|seria) (?:el|su|tu) (?:mejor )?(?:numero|telefono|celular|correo|email|horario para)(?! de (?:pacientes|llamadas|mensajes|veces|personas|operador|agentes|clientes))|(?:que|q|cual|como|cuando) (?:le|te|les) (?:queda|viene|acomoda|conviene|funciona|sirve|parece|late|gusta|interesa|convence)(?:\s|$)|cual (?:de (?:las|los) (?:dos|tres|opciones)|elige|escoge|quiere|prefiere)|(?:que|q) (?:su|tu|el) (?:numero|telefono|celular|cel|correo|whatsapp)\b|a que (?:numero|correo)(?! (?:estaba|estaban|marco|marcaron|marcaba|marcaban|llamo|llamaron|llamaba|llamaban|mando|mandaron|mandaba|envio|enviaron|enviaba|le (?:llego|llegaron|marcaron|llamaron)|dejo|dejaron|se (?:mando|envio|desvio)))|(?:a |en )?donde (?:le|lo|la|te) (?:puedo|podemos|podria) (?:marcar|llamar|localizar|contactar|encontrar)|con quien tengo el gusto|como se (?:escribe|deletrea)|como (?:me dijo|dijo) que se llama|(?:cual|como) (?:es|era|seria) (?:su|el|tu) (?:nombre|apellido|segundo apellido|nombre completo|correo|email)|(?:que|q) (?:lo|la|le|te|los|las) (?:interrumpa|interrumpo|corte|corto|moleste|distraiga|haga esperar|insista)|(?:que|q) (?:me|nos) (?:meta|metamos|entrometa|atraviese)|(?:como|que) (?:dijo|me dijo|dice|decia|me decia|me dice)(?: usted)?\s*$|como (?:prefiere|prefieres|preferis|gusta|quiere|quieres|desea|le parece|te parece)\s*$|(?:hubo|hay|habra|habria) algo mas en (?:lo )?que (?:le|te|lo|la|les) (?:pueda|podamos|puedo|podemos)|que (?:cree|piensa|se cree|se piensa)(?:,|\s*$| que (?:aqui|nosotros|yo|somos|estamos|no|uno))|(?:cual|que) (?:numero|telefono|celular) (?:le|te) (?:queda|sirve|conviene|acomoda)|(?:cual|que) (?:numero|telefono|celular)[^?]{0,30}para que (?:le|lo|la|te) (?:regrese|llame|marque|devuelva|localice)|como (?:se siente|te sentis|te sientes|estaria|estarias|se sentiria|queda|quedaria) (?:usted )?(?:mas )?(?:comod[oa]|tranquil[oa]|segur[oa]|content[oa]|mejor)|(?:que|cual) (?:le|te) (?:resulta|es|seria|queda) (?:mas )?(?:comodo|facil|practico|conveniente)|(?:que|cual) (?:es|seria|le resulta) mas (?:comodo|facil|practico|conveniente)|que (?:mas|otra cosa) (?:le|te) (?:puedo|podemos)|que quiere que (?:le |te )?haga|que (?:quiere|quieres) que (?:le|te) diga|(?:que|cual) parte (?:de [a-z]+ )?no|como (?:lo|la|le|te) (?:puedo|podemos) ayudar)/;
const OTHER_Q = cre(`\\b(?<ev>(?:me|nos) (?:dice|dices|decis|da|das|puede dar|podria dar|confirma|confirmas|repite|pasa|pasas) (?:el nombre|los datos|la hora|la fecha|el numero) del? (?:paciente|medico|doctor|doctora|operador[a]?|persona|tecnico|cliente)(?:\\s+[a-z]+){0,3}|hay algo (?:mas|adicional) que (?:deba|debamos|necesite|necesitemos|tenga que|tengamos que|quiera|quisiera) (?:saber|contarme|agregar|decirme)|(?:me|nos) (?:podria|puede|podrias|puedes) (?:dar|contar|explicar) (?:mas|algunos|un poco mas de) (?:detalles|datos|informacion)|(?:me|nos) (?:cuenta|cuentas|contaria|explica|explicaria) (?:un poco )?(?:mas|que paso|lo que paso|como fue|desde el principio)|(?:se acuerda|te acordas|te acuerdas|recuerda|recordas)(?: usted| vos)? del (?:nombre|dia|numero|horario)(?:\\s+[a-z]+){0,4}|(?:recuerda|recuerdas|recordas|tiene|tienes|tenes)(?: usted| vos)? (?:el nombre|la hora|el numero|algun detalle|el dia)(?:\\s+[a-z]+){0,4}|(?:llamo|llamaron|llamaste) (?:usted|sus pacientes|alguien) (?:mas de una vez|otra vez|antes|mas veces))`);

// Question openers that cannot be anything but a question about the facts, even typed without "¿" or "?".
const UNMISTAKABLE = /^(?:(?:y|e|pero|entonces|bueno)[,]?\s+)?(?:(?:me (?:dice|dices|decis|puede decir|podria decir)|sabe|recuerda)\s+)?(?:a que hora|desde cuando|hace cuanto|con quien|(?:cuando|donde) (?:fue|paso|ocurrio|sucedio|llamo|llamaron|empezo|empezaron)|quien (?:le|lo|la) (?:atendio|contesto|llamo)|cuantos|cuantas|cuanto tiempo|en que momento|que (?:paso|sucedio|ocurrio|le dijeron|numero|dia))\b/;

const MID_Q = cre(`\\b(?<ev>(?:a que hora|desde cuando|hace cuanto|con quien (?:hablo|hablaron|hablaste|trato|se comunico)|en que momento|que numero (?:marco|marcaron|marcaste|le dieron))\\b[^?¿.!]{0,120})`);

// An indirect question asks just the same, with or without "?": "necesito saber a qué hora llamó", "cuénteme qué pasó".
const INDIRECT_Q = cre(`\\b(?<ev>(?:(?:necesito|necesitaria|quisiera|quiero|me gustaria|me interesa|ocupo|requiero|tengo que|me ayudaria|nos ayudaria) saber|(?:digame|dime|decime|cuenteme|cuentame|contame|expliqueme|explicame|platiqueme|platicame|indiqueme|aclareme)),?\\s*(?:${INTERROG}|si)\\b[^?¿.!]{3,120})`);
// "¿Sabe si su proveedor tuvo problemas esa noche?": whether something happened, asked of the caller.
const WHETHER_Q = cre(`\\b(?<ev>(?:sabe|sabes|sabia|recuerda|recuerdas|se acuerda|te acordas|te acuerdas|tiene idea|tienes idea|noto|notaste|vio|viste|alcanzo a ver|le dijeron|le comentaron|le avisaron)(?: usted)?\\s+(?:de\\s+)?si\\b[^?¿.!]{3,120})`);
// "¿El paciente llamó al número de la clínica o al celular?": which of two things happened (a past event, not a choice offered).
const PAST_EVENT = /\b(?:pasado|ocurrido|sucedido|hubo|era|eran|habia|tenia|tenian|recibio|recibieron|contesto|contestaron|atendio|atendieron|dio|dieron|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|fue|fueron|estaba|estaban|estuvo|pidio|pidieron|envio|enviaron|llego|llegaron|llamaron|marcaron|dejaron|hablaron|mandaron|paso|sucedio|ocurrio)\b/;
// "¿El paciente dejó nombre?", "¿Se fue la luz en su consultorio?": a yes/no question about what happened, asked of the caller.
const PARTICIPANT = /^(?:(?:y|e|pero|entonces|bueno|ok|y usted|oiga)[,]?\s+)?(?:alguien|nadie|(?:el|la|los|las|su|sus|tu|tus|algun|alguna)\s+(?:paciente|operador|operadora|agente|tecnico|muchacho|muchacha|senorita|persona|mensaje|recado|llamada|luz|sistema|linea|conmutador|telefono|proveedor|fax|correo|desvio|buzon|doctor|doctora|medico|medica|companero|companera|asistente|recepcionista|enfermera|clinica|consultorio)s?\b|se (?:fue|corto|cayo|perdio|desconecto|apago|bloqueo|trabo)\b|(?:habia|hubo|estaba|estaban)\b|(?:le|lo|la|les|los|las|te) [a-z]+(?:aron|ieron)\b|(?:eso|esto|algo asi|algo parecido) (?:ya )?(?:le |les |te )?(?:ha|habia|a) (?:pasado|ocurrido|sucedido))/;
// Preterite and imperfect endings ("dejaron", "marcaba", "tenía"); not the conditional ("estaría").
const EVENT_VERB = /\b[a-z]+(?:aron|ieron|aba|aban)\b|\b[a-z]*[^r\s]ian?\b/;
// "¿Eso es todo o se me pasó algo?", "¿Me faltó algo o lo resumí bien?" check understanding (`rephrase`).
const CHECKS_UNDERSTANDING = /\b(?:(?:me|se me) (?:falto|paso|escapo|quedo)|(?:resumi|entendi|anote|capte|comprendi) bien|es todo)\b/;
const OFFER_Q = /\b(?:prefiere|prefieres|preferis|quiere|quieres|queres|desea|deseas|gusta|gustaria|le parece|te parece|puedo|podemos|podria|podriamos|le (?:llamo|marco|paso|transfiero|comunico)|lo (?:llamo|paso|transfiero|comunico)|la (?:llamo|paso|transfiero|comunico))\b/;

const FACT_Q_AT = new RegExp(FACT_Q.source, 'y');

/** FACT_Q tried at the start of every clause, so a rejected opener ("disculpe q lo corte, ...") does not hide the question after it. */
function clauseMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i !== 0 && !/[,:;¿]/.test(text[i]!)) continue;
    FACT_Q_AT.lastIndex = i;
    const m = FACT_Q_AT.exec(text);
    if (m) out.push(m);
  }
  return out;
}

/** `probing-question`: an open, specific question to learn the facts of the complaint. */
const CALLBACK_NUMBER_Q = /\b(?:a|en) (?:que|cual) (?:numero|telefono|celular|cel)\b[^?]{0,30}\b(?:(?:le|lo|la|te) (?:llam|marc|devuelv|regres|localiz|busc|contact|avis|encuentr|ubic|puedo|podemos|podria)|(?:llamar|marcar|devolver|regresar|localizar|buscar|contactar|avisar|encontrar|ubicar)(?:le|lo|la|te))|(?:^|¿|\b(?:a|en) )donde (?:le|lo|la|te) (?:puedo|podemos|podria) (?:marcar|llamar|localizar|contactar|encontrar|avisar|ubicar)/;

export const probingQuestion: Detector = {
  label: 'probing-question',
  reasons: {
    es: {
      default: 'Una pregunta abierta y concreta para conocer los hechos: es como se llega al fondo de la queja.',
    },
  },
  detect(doc: Doc): Hit[] {
    const view = esView(doc);
    if (!/\?|¿|\b(?:que|cual|cuando|donde|quien|como|cuant)/.test(view.text)) return [];
    const hits: Hit[] = [];
    let hostileHits: Hit[] | undefined;
    for (const s of view.sentences) {
      const isQuestion = /[?¿]/.test(s.text);
      // "¿Y usted quién se cree?", "¿qué no me oye?": rhetorical, hostile; "¿a qué número la busco?" is `verify-number`.
      if (isQuestion && (CALLBACK_NUMBER_Q.test(s.text) || HOSTILE_PHRASE.test(s.text))) continue;
      if (isQuestion && (hostileHits ??= hostile.detect(doc)).some((h) => h.start >= s.start && h.end <= s.start + s.text.length)) continue;
      for (const m of clauseMatches(s.text)) {
        const ev = m.groups!.ev!;
        const from = m.index + m[0].indexOf(ev);
        const core = ev.replace(new RegExp(`^${LEAD}`), '');
        if (NOT_PROBING.test(core)) continue;
        const opener = s.text.slice(Math.max(0, from - 2), from);
        // Without "?" or "¿", only an unmistakable question word opening the sentence counts ("y a que hora fue eso").
        if (!isQuestion) {
          if (from > 0 && !/[,:;]\s*$/.test(s.text.slice(0, from))) continue;
          if (!UNMISTAKABLE.test(ev)) continue;
        } else if (!/¿/.test(opener) && from > 0 && !/[,:;]\s*$/.test(s.text.slice(0, from)) && !/^\s*$/.test(s.text.slice(0, from)) && !UNMISTAKABLE.test(ev)) {
          continue;
        }
        // "que" without an accent and without "¿" is also "that" ("perdón que la interrumpa"): only a question's first word counts.
        if (/^(?:que|q)\b/.test(core) && !/¿\s*$/.test(s.text.slice(0, from)) && !/^qué/.test(s.accented.slice(from + ev.length - core.length)) && s.text.slice(0, from).trim() !== '' && !/^(?:(?:y|e|pero|entonces|bueno)[,]?\s+)$/.test(s.text.slice(0, from))) continue;
        // "que" without an accent is also "that": a statement ("que pena", "que bueno") is no question.
        if (/^(?:que|como) (?:pena|bueno|bien|mal|horror|barbaridad|pesad|lastima|rico|lindo|gusto|alegria|frustrante|molesto|terrible|horrible)/.test(core)) continue;
        // An offer of options ("¿quiere que lo intente yo, o prefiere...?") chooses; it does not probe.
        if (/^(?:que|cual) (?:prefiere|le funciona|le parece)/.test(core)) continue;
        hits.push({ start: s.start + from, end: s.start + from + ev.replace(/[\s,;:.!?]+$/, '').length });
      }
      for (const rx of [INDIRECT_Q, ...(isQuestion ? [WHETHER_Q] : [])]) {
        for (const m of matchesIn(s.text, rx)) {
          const ev = m.groups!.ev!;
          const core = ev.replace(/^\S+(?: saber)?,?\s*/, '');
          if (NOT_PROBING.test(core) || /^si (?:prefiere|quiere|desea|gusta|le parece|esta de acuerdo)/.test(core) || /\b(?:numero|telefono|celular|correo)\b/.test(core.slice(0, 30))) continue;
          const from = m.index + m[0].indexOf(ev);
          hits.push({ start: s.start + from, end: s.start + from + ev.replace(/[\s,;:.!?]+$/, '').length });
        }
      }
      if (isQuestion) {
        for (const q of s.text.matchAll(/¿\s*([^?¿]{6,160})\?/g)) {
          const body = q[1]!;
          if (!PARTICIPANT.test(body) || OFFER_Q.test(body) || CHECKS_UNDERSTANDING.test(body) || NOT_PROBING.test(body)) continue;
          const at = q.index! + q[0].indexOf(body);
          const past = PAST_EVENT.test(body) || EVENT_VERB.test(body) || /[a-z]ó(?=[\s,.;:?!]|$)/.test(s.accented.slice(at, at + body.length));
          if (past) hits.push({ start: s.start + at, end: s.start + at + body.replace(/[\s,;:.!?]+$/, '').length });
        }
      }
      // Which of two things happened: a question with "o" about a past event, not an offer.
      if (isQuestion && /\s(?:o|u)\s/.test(s.text) && !OFFER_Q.test(s.text) && !CHECKS_UNDERSTANDING.test(s.text) && (PAST_EVENT.test(s.text) || /[a-z]ó(?=[\s,.;:?!]|$)/.test(s.accented))) {
        const q = /¿\s*([^?¿]+)\?/.exec(s.text) ?? /^\s*([^?¿]+)\?/.exec(s.text);
        if (q && /\s(?:o|u)\s/.test(q[1]!) && !NOT_PROBING.test(q[1]!.trim())) {
          const from = q.index + q[0].indexOf(q[1]!);
          hits.push({ start: s.start + from, end: s.start + from + q[1]!.replace(/[\s,;:.!?]+$/, '').length });
        }
      }
      if (isQuestion) {
        // Typed without "¿" or commas ("disculpe senor a que hora llamo?"): an unmistakable opener anywhere in a question.
        for (const m of matchesIn(s.text, MID_Q)) {
          const ev = m.groups!.ev!;
          const from = m.index + m[0].indexOf(ev);
          hits.push({ start: s.start + from, end: s.start + from + ev.replace(/[\s,;:.!?]+$/, '').length });
        }
        for (const m of matchesIn(s.text, OTHER_Q)) {
          const ev = m.groups!.ev!;
          const from = m.index + m[0].indexOf(ev);
          hits.push({ start: s.start + from, end: s.start + from + ev.length });
        }
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits.filter((h, i) => i === 0 || h.start >= hits[i - 1]!.end);
  },
};

const RV = `(?:revis|investig|verific|chec|cheque|chequ|averigu|consult|rastre|analiz|indag|examin|mir|compar|cotej|contrast|corrobor|audit)`;
// Where the facts are kept: what an agent searches, pulls or compares against.
const RECORDS = `(?:(?:otr[oa]s |demas |ultim[oa]s |anteriores |mism[oa]s |nuestr[oa]s )?(?:registros?|grabacion(?:es)?|llamadas|historial|bitacoras?|reportes?|logs?|mensajes|notas|tiempos|detalles?|datos|expediente|caso|cuenta|informes?|sistema|base de datos|plataforma|archivo|horarios?|instrucciones|lo que (?:tenemos|tengo) (?:registrado|anotado|guardado|en (?:el )?sistema)))`;
const RESEARCH_VERB = `(?:${RV}(?:ar|o|amos|are|aremos|ando)(?:lo|la|los|las|le|selo)?|averiguar|investigarlo|chequear|revisarlo|ver (?:los|las|el|la|sus|su) (?:registros?|grabacion(?:es)?|historial|bitacoras?|reportes?|logs?)|(?:sacar|saco|jalar|jalo|bajar|bajo|buscar|busco|pedir|pido|solicitar|solicito|solicitare|conseguir|consigo|obtener|escuchar|escucho|descargar|descargo|consultar|revisar|abrir|abro|checar|pullear)\\s+(?:[^\\s:,;]+\\s+){0,2}?(?:los|las|el|la|sus|su|unos|unas|un|una) ${RECORDS}|(?:confirmar|verificar|corroborar|comparar|cotejar|contrastar|checar|revisar|validar)(?:lo|la|los|las)? con (?:los|las|el|la|lo|nuestr[oa]s|sus|su) ${RECORDS}|ver (?:que|lo que|como|donde|quien) (?:paso|sucedio|ocurrio|fallo|se hizo|hicieron)|(?:buscar|encontrar|llegar a) (?:la causa|el origen|el fondo|que paso))`;
const RESEARCH = cre(`\\b(?<ev>${RESEARCH_VERB}\\b(?:\\s+[a-z]+){0,3}|(?:pedir|pido|pedire|encargar|encargo|solicitar|solicito|mandar|mando|enviar|envio|decirle|digo)(?:le|les)? (?:a (?:un|una|el|la|mi|nuestro|nuestra) |al )?(?:[a-z]+ ){0,3}?que (?:alguien |un tecnico |el equipo |mi supervisor[a]? |[a-z]+ )?(?:revise|revisen|investigue|investiguen|verifique|verifiquen|cheque|chequen|chequee|averigue|averiguen|analice|analicen|rastree|rastreen|consulte|escuche|compare)(?:\\s+[a-z]+){0,3}|(?:estoy|estamos|sigo|seguimos) (?:sacando|jalando|bajando|buscando|pidiendo|descargando|armando|viendo|revisando|checando|mirando|escuchando|consultando)\\s+(?:[^\\s:,;]+\\s+){0,2}?(?:el|los|la|las|su|sus) ${RECORDS}|ver (?:que|lo que) (?:dice|dicen|marca|marcan|muestra|muestran|aparece en|sale en|registra) (?:el|la|los|las|nuestr[oa]s?) ${RECORDS}|(?:levantar|levanto|abrir|abro|generar|genero|crear|creo|meter|meto) (?:un|una) (?:reporte|ticket|folio|incidencia|caso) (?:\\S+ ){0,3}?para (?:que )?(?:\\S+ ){0,2}?(?:revise|revisen|investigue|investiguen|verifique|analice|averigue|se revise|se investigue)(?:\\s+[a-z]+){0,3})`);
// "Ahorita lo estamos viendo", "mientras busco": an investigation under way, even inside a hold offer (judgement call 5).
const UNDER_WAY = cre(`\\b(?<ev>(?:lo|la|los|las|le|eso|esto|su caso|el caso|su reporte|su cuenta) (?:estoy|estamos|seguimos|sigo|ando|andamos) (?:viendo|mirando|buscando|checando|chequeando|revisando|investigando|rastreando|averiguando)|mientras (?:yo |nosotros )?(?:lo |la |los |las |se lo )?(?:busco|buscamos|veo|vemos|miro|reviso|revisamos|checo|chequeo|verifico|consulto|investigo|averiguo|localizo|encuentro|rastreo)|(?:le |se lo |lo |la )?(?:voy a |vamos a |dejeme |permitame |dejame )?(?:echar|echo|doy|dar|damos|darle|echarle) (?:un |una )?(?:ojo|ojito|vistazo|ojeada|mirada|revisada|checada|revision|repasada)(?:\\s+[a-z]+){0,3})`);
// A choice still to be made ("o si me da una oportunidad, lo reviso yo. Usted decide") states no investigation yet.
const OPTION_FRAME = /\b(?:usted decide|tu decides|vos decidis|ustedes deciden|como (?:usted )?prefiera|lo que (?:usted )?prefiera|(?:que|cual) (?:prefiere|prefieres|preferis|le (?:parece|conviene|sirve|queda))|si (?:lo )?prefiere|podemos hacer (?:dos|tres|varias) cosas|(?:dos|tres|varias) opciones)\b/;
const THIRD_FUTURE = /\b(?:va|van|iba|iban) a\s+$/;
const OTHERS_PURPOSE = /\b(?:alguien|el|ella|ellos|ellas|un tecnico|la doctora|el doctor|su (?:asesor|ejecutivo))\b[^.]*\bpara\s+$/;
const CALLER_DOES = /\b(?:usted|ud|tu|vos|puede|podria|pueda|podrias|puedes|pudiera|le pido que|necesito que|si|el|ella|ellos|nadie|quien|no|ayer|anoche)\s+(?:lo\s+|la\s+|le\s+|se lo\s+)?(?:no\s+)?$/;
const NOT_RESEARCH_OBJECT = /^\s*(?:su|tu|el|la)?\s*(?:numero|telefono|celular|datos|nombre|direccion|identidad|correo)\b/;

/** `research`: saying they will investigate before concluding ("déjeme revisar", "voy a sacar los registros"). */
export const research = ruleDetector({
  label: 'research',
  reasons: {
    default: 'Dice que va a investigar antes de concluir: el manual pide averiguar qué pasó antes de dar una respuesta.',
  },
  gate: /levant|viendo|revisando|checando|averigu|deja|deje|solicit|consig|obten|hablar|hablo|platic|comunic|fij|por si|compar|cotej|contrast|corrobor|audit|viendo|mientras|ojo|vistazo|ojeada|mirada|revisada|checada|voy a|vamos a|dejeme|permitame|dejame|tengo que|necesito|mir|revis|investig|verific|chec|chequ|averigu|consult|rastre|analiz|indag|examin|sac|jal|baj|busc|pid|pedi|encarg|solicit|escuch|registro|grabacion|ver (?:que|lo que|como|donde|quien)|causa|origen|fondo/,
  rules: [
    { re: re(`\\b(?<ev>(?:voy a|vamos a|dejeme|permitame|dejame|deja me|me voy a|tengo que|necesito) (?:ver|confirmar|checar|chequear|preguntar(?:le|les)?|consultar|verificar|corroborar|averiguar|revisar) (?:(?:con|a|en) (?:el|la|los|las|mi|mis|nuestr[oa]s?|su|sus) (?:[a-z]+ ){1,4}?si\\b|si|(?:yo (?:misma |mismo )?)?a (?:el|la|los|las|mi|mis|nuestr[oa]s?) (?:operador(?:a|es|as)?|agentes?|supervisor(?:a)?|equipo|companer[oa]s?|tecnicos?|compania|proveedor|personal|muchach[oa]s?|chic[oa]s?|turno)|con (?:el|la|los|las|mi|mis|nuestr[oa]s?) (?:operador(?:a|es|as)?|agentes?|turno|supervisor(?:a)?|equipo|area|companer[oa]s?|tecnicos?|sistema|proveedor)|que (?:paso|sucedio|fallo|ocurrio))(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:no|usted|ud)\s+$/.test(c.before) && !/\bsi (?:lo |le |la )?(?:tengo|entendi|entiendo|comprendi|capte)\b/.test(c.evidence) },
    {
      re: RESEARCH,
      keep: (c: MatchContext) => {
        const verb = /^\S+/.exec(c.evidence)![0];
        // "revisó" (he/she checked) is past; only the accent tells it from "reviso" (I check).
        if (/o$/.test(verb) && /ó$/.test(c.sentence.accented.slice(c.from, c.from + verb.length))) return false;
        const ownTime = /o$/.test(verb) && /\b(?:cuando|en cuanto|apenas|si) (?:pueda|podamos|tenga chance|tenga tiempo)\s+(?:se lo\s+|lo\s+|la\s+|le\s+)?$/.test(c.before);
        if (!ownTime && (CALLER_DOES.test(c.before) || OTHERS_PURPOSE.test(c.before))) return false;
        // "Usted debió revisar su buzón": what the caller should have done.
        if (/\b(?:usted|ud|tu|vos)\s+(?:no\s+)?(?:debio|deberia|debe|debia|tiene que|tenia que|tendria que|necesita|puede|podria|quiere|quisiera|pudo|pudiera)\s+(?:\S+\s+)?$/.test(c.before)) return false;
        // An option offered ("si lo prefiere, empiezo a revisarlo yo") is not yet a stated investigation.
        if (/\bsi (?:lo |usted )?(?:prefiere|prefieres|gusta|quiere|desea)\b/.test(c.sentence.text.slice(0, c.from))) return false;
        if (THIRD_FUTURE.test(c.before) && !/\b(?:le|se lo|se la)\s+(?:va|van) a\s+$/.test(c.before) && !/\b(?:yo|nosotros)\b/.test(c.before.slice(-20))) return false;
        if (/^(?:verific|chec|consult)/.test(verb) && NOT_RESEARCH_OBJECT.test(c.evidence.slice(verb.length))) return false;
        // Unless the option itself is to go through the records ("o podemos revisar juntos el registro del sábado").
        if (OPTION_FRAME.test(c.view.text) && /\b(?:o|u)\b/.test(c.sentence.text) && !/\b(?:registros?|grabacion|historial|bitacora|reportes?|logs?|expediente|sistema)/.test(c.evidence + c.after.slice(0, 30))) return false;
        return true;
      },
    },
    { re: re(`\\b(?<ev>(?:fijarme|fijarnos|me fijo|nos fijamos|me voy a fijar|nos vamos a fijar) (?:en|si|bien en|que paso)(?:\\s+[a-z]+){0,4}|(?:buscar|busco|revisar|reviso|checar|checo|buscamos|revisamos) (?:\\S+ ){0,5}?por si (?:acaso )?(?:quedo|esta|estaba|se|fue|hubo|lo|la|llego|aparece|quedaron|llegaron))`), keep: (c) => !/\b(?:usted|ud|puede|podria)\s+$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:hablar|hablo|hablare|platicar|platico|consultar|consulto|comunicarme|me comunico|preguntar(?:le|les)?|pregunto) con (?:el|la|los|las|mi|mis|nuestr[oa]s?) (?:\\S+ ){1,5}?para (?:saber|ver|entender|averiguar|aclarar|confirmar) (?:exactamente )?(?:que|como|por que|porque|donde|quien|si)\\b(?:\\s+[a-z]+){0,3})`), keep: (c) => !/\b(?:usted|ud|tu|vos|puede|podria)\s+(?:\S+\s+)?$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:deja|deje|dejame|dejeme|permitame|permita|permiteme) (?:que )?(?:yo )?(?:lo |la |le |se lo )?(?:averigue|revise|cheque|chequee|investigue|verifique|busque|consulte|rastree|mire|vea|pregunte|confirme)(?:\\s+[a-z]+){0,4})`), keep: (c) => !/^(?:deja|deje|dejame|dejeme|permitame|permita|permiteme) (?:que )?(?:yo )?(?:lo |la |le |se lo )?(?:vea|mire) (?:si (?:le|lo|la) (?:entendi|tengo)|bien)\b/.test(c.evidence) && !/\b(?:pregunte|confirme) (?:su|tu|el) (?:numero|telefono|nombre|correo)/.test(c.evidence) },
    { re: UNDER_WAY, keep: (c) => /^mientras/.test(c.evidence) || !/\b(?:no|nadie|usted|ud)\s+$/.test(c.before) },
  ],
});
