import { describe, expect, it } from 'vitest';
import { score } from '../../../../src/domain/scoring/scorer.ts';
import { describeEsLabel } from './support.ts';

describeEsLabel('acknowledge', {
  yes: [
    'Entiendo que sus mensajes no llegaron anoche.',
    'Comprendo su molestia.',
    'Veo que está muy preocupada.',
    'Puedo notar que está frustrado.',
    'Entiendo.',
    'Lo entiendo perfectamente.',
    'La escucho, señora.',
    'Usted tiene toda la razón.',
    'Usted lleva dos horas esperando una respuesta.',
    'Sus pacientes no pudieron comunicarse con usted.',
    'entiendo q esto le afecto mucho',
    'Comprendo que lo llamaron tres veces en su noche libre.',
    'La despertaron a las tres de la mañana sin estar de guardia.',
    'A ver si entendí: su paciente llamó dos veces.',
    'Se nota que está muy preocupada.',
    'Ha sido un día muy pesado para usted.',
    'O sea, el recado nunca le llegó, ¿verdad?',
    'Veo que lleva dos días sin recibir sus mensajes.',
  ],
  no: [
    'Bueno.',
    'Hola, ¿en qué le puedo ayudar?',
    'No entiendo qué número me dio.',
    '¿Entendí bien?',
    'Veo que no hay registro en el sistema.',
    'Siga, la escucho.',
    'Le llamo el lunes para ver si ya no ha tenido problemas.',
  ],
  evidence: { text: 'Buenas tardes. Entiendo que sus llamadas no fueron contestadas esta mañana. Déjeme revisar.', phrase: 'entiendo que' },
});

describeEsLabel('empathize', {
  yes: [
    'Lamento mucho lo que pasó.',
    'Siento muchísimo que haya pasado por esto.',
    'Lo siento mucho, de verdad.',
    'Me imagino lo frustrante que fue.',
    'Qué frustrante debe haber sido.',
    'Yo también estaría molesta.',
    'Qué pena con usted.',
    'Es comprensible que esté enojado.',
    'Le pido disculpas por las molestias.',
    'Lamento que lo hayan despertado.',
    'ay que mal, lo siento mucho',
    'Debe ser muy estresante para usted.',
    'Me pongo en su lugar.',
    'Yo estaría igual de preocupada.',
    'Le pido una disculpa, señora.',
    'Se nos perdió su recado, lo siento.',
  ],
  no: [
    'Perdón, ¿cuál era el nombre?',
    'Disculpe, ¿me lo deletrea?',
    'Lo siento, pero no puedo hacer nada.',
    'Qué pesado es usted.',
    'Qué difícil es usted, señor.',
    'Disculpe la demora.',
    'No depende de mí, lo siento.',
    'Perdón, no le escuché bien.',
  ],
  evidence: { text: 'Sr. Díaz, lamento mucho lo que pasó anoche. Voy a revisar los registros.', phrase: 'lamento mucho' },
});

describeEsLabel('reassure', {
  yes: [
    'Yo me encargo de esto.',
    'Yo me encargo personalmente.',
    'Me hago cargo de su caso.',
    'Voy a asegurarme de que se resuelva hoy.',
    'Voy a resolverlo hoy mismo.',
    'Haré todo lo posible para solucionarlo.',
    'Déjelo en mis manos.',
    'Cuente conmigo.',
    'Le prometo que lo voy a resolver.',
    'Me comprometo a solucionarlo.',
    'yo me ocupo de todo, no se preocupe',
    'Vamos a solucionarlo juntos hoy.',
    'Voy a darle seguimiento personalmente hasta que quede resuelto.',
    'Lo vamos a dejar funcionando hoy mismo.',
  ],
  no: [
    'Quiero ayudarle.',
    'Alguien podría ayudarle.',
    'Nadie se encarga de eso aquí.',
    '¿Quién se encarga de su cuenta?',
    'Usted se encarga de avisar a sus pacientes.',
  ],
  evidence: { text: 'Entiendo, señora. Yo me encargo de que esto quede resuelto hoy.', phrase: 'me encargo' },
});

describe('use-name (es)', () => {
  const yes: Array<[string, string]> = [
    ['Sra. Vega, entiendo su molestia.', 'Sra. Vega'],
    ['Gracias por esperar, doctor Herrera.', 'Dr. Herrera'],
    ['Con gusto, señor Quintero.', 'Sr. Quintero'],
    ['Doña Marta, ya quedó resuelto.', 'Marta Gómez'],
    ['Dra. Soto, le llamo en diez minutos.', 'Dra. Soto'],
    ['Carmen, ya corregí el horario.', 'Carmen Ruiz'],
    ['Mire, Sr. Ramírez, lo reviso ahora.', 'Sr. Ramírez'],
    ['Disculpe, señora Torres, ¿a qué hora llamó?', 'Sra. Torres'],
    ['Con mucho gusto, Licenciado Pérez... perdón, Sr. Pérez.', 'Sr. Pérez'],
    ['sr ramirez, ya lo cambie', 'Sr. Ramírez'],
    ['Ingeniero Soto, ya quedó el desvío.', 'Ing. Soto'],
  ];
  const no: Array<[string, string | undefined]> = [
    ['La Dra. Ruiz está de guardia esta noche.', 'Sra. Vega'],
    ['El señor Torres ya habló con nosotros.', 'Sra. Torres'],
    ['El Sr. Wilson lo atenderá.', 'Sr. Díaz'],
    ['Sra. Vega, entiendo.', undefined],
    ['Buenas tardes, ¿en qué le puedo ayudar?', 'Sra. Vega'],
  ];
  it.each(yes)('finds it in %j (caller %s)', (text, callerName) => {
    expect(score({ text, callerName, lang: 'es' }).labels).toContain('use-name');
  });
  it.each(no)('does not find it in %j (caller %s)', (text, callerName) => {
    expect(score({ text, lang: 'es', ...(callerName ? { callerName } : {}) }).labels).not.toContain('use-name');
  });
  it('gives a Spanish reason', () => {
    const ev = score({ text: 'Sra. Vega, ya lo corregí.', callerName: 'Sra. Vega', lang: 'es' }).evidence.find((e) => e.label === 'use-name');
    expect(ev?.reason).toMatch(/nombre/);
  });
});

describeEsLabel('rephrase', {
  yes: [
    'Si entiendo bien, el servicio lo llamó a las 2 de la mañana.',
    'Entonces, si le entendí bien, nadie contestó en toda la noche?',
    'Déjeme ver si lo tengo claro: el mensaje llegó al consultorio.',
    '¿Entendí todo bien?',
    '¿Lo entendí bien?',
    'O sea que su paciente llamó tres veces, ¿es así?',
    'A ver si le entendí bien: usted no estaba de guardia.',
    'Lo que me dice es que los mensajes llegaron tarde.',
    '¿Es un resumen justo de lo que pasó?',
    'Corríjame si me equivoco, pero usted cambió de número en marzo.',
    'osea q nadie le aviso nada?',
    'Entonces, ¿el desvío dejó de funcionar el lunes?',
    '¿Se me escapó algo importante?',
  ],
  no: [
    'Entiendo.',
    'No entiendo lo que pasó.',
    'Lo entiendo perfectamente.',
    '¿Me escucha bien?',
    'Para confirmar que todo funcione, le llamo el jueves.',
  ],
  evidence: { text: 'Perdone. Si entiendo bien, la operadora le pasó el mensaje a otro médico, ¿cierto?', phrase: 'si entiendo bien' },
});

describeEsLabel('probing-question', {
  yes: [
    '¿Cuándo pasó esto?',
    '¿Con quién habló la primera vez?',
    '¿A qué hora llamó su paciente?',
    '¿Qué número marcaron?',
    '¿Qué le dijo la operadora?',
    '¿Desde cuándo le pasa esto?',
    '¿Cuántos mensajes le faltaron?',
    '¿Me podría decir qué pasó exactamente?',
    '¿Recuerda el nombre de la operadora?',
    '¿Hay algo más que deba saber?',
    'y cuando fue eso',
    '¿Y a usted cuándo le empezó a fallar?',
    'Perdón, ¿me dice el nombre del paciente?',
    '¿Qué solución le parecería justa?',
  ],
  no: [
    '¿En qué le puedo ayudar?',
    '¿Cómo está usted?',
    '¿Sigue ahí?',
    '¿Cuál es el mejor número para llamarle?',
    'Qué pena con usted.',
    '¿Prefiere esperar o que le llame?',
    '¿Y usted qué quiere que le haga?',
    'Perdón, ¿cuál es el apellido?',
    'Disculpe que lo corte, ¿me deja confirmar algo?',
    'Disculpe que lo moleste, ¿me permite un momento?',
    'Perdone que la interrumpa, ¿le puedo hacer unas preguntas?',
  ],
  evidence: { text: 'Entiendo, señora. ¿A qué hora llamó su paciente y con quién habló?', phrase: 'qué hora' },
});

describeEsLabel('research', {
  yes: [
    'Déjeme revisar esto.',
    'Voy a investigar qué pasó.',
    'Permítame verificar los registros.',
    'Voy a sacar las grabaciones de anoche.',
    'Lo reviso ahora mismo.',
    'Vamos a revisarlo con el turno de noche.',
    'déjeme checar su cuenta',
    'Voy a averiguar qué pasó con su mensaje.',
    'Voy a escuchar la grabación de la llamada.',
    'Mientras reviso, ¿me confirma su número?',
    'Voy a consultar con el supervisor qué pasó.',
    'Lo investigamos y le avisamos.',
    'Todavía estoy sacando el reporte.',
    'Voy a pedir que alguien revise su calendario.',
    'Un momento mientras busco su expediente.',
    'Dame un segundo que chequeo tu cuenta.',
  ],
  no: [
    'Lo arreglo en un minuto.',
    'Seguro que usted no revisó bien el buzón.',
    '¿Puede revisar su buzón de voz?',
    'Ya revisó la doctora sus mensajes.',
    'Permítame verificar su número de teléfono.',
    'Alguien lo llamará para revisar su factura.',
    'Déjeme ver si entendí: los mensajes llegaron tarde.',
    'No puedo darle datos del consultorio.',
    'La doctora va a consultar su agenda.',
  ],
  evidence: { text: 'Entiendo su molestia. Déjeme revisar los registros de anoche y le aviso.', phrase: 'revisar' },
});

describeEsLabel('hold-or-callback', {
  yes: [
    '¿Prefiere esperar en la línea o que le devuelva la llamada?',
    '¿Quiere esperar unos minutos o mejor le llamo yo?',
    'Puedo dejarlo en espera o llamarle en diez minutos, ¿qué prefiere?',
    'Le devuelvo la llamada o, si prefiere, espera en línea.',
    'Si gusta lo pongo en espera, o si prefiere le marco de vuelta.',
    '¿Me espera un momento o prefiere que le regrese la llamada?',
    'Puedo quedarme en la línea con usted mientras reviso, o llamarle apenas tenga respuesta.',
    'te dejo en espera o te llamo despues, como prefieras',
    '¿Desea aguardar en línea o que lo llamemos de vuelta?',
    'Puede esperar unos tres minutos, o le llamo yo en cuanto lo tenga.',
  ],
  no: [
    'Espere un momento, por favor.',
    'Le devuelvo la llamada.',
    'Gracias por esperar.',
    'Si se corta la llamada, le llamo de vuelta o espere en línea.',
    'Lo pongo en espera.',
  ],
  evidence: { text: 'Necesito revisar los registros. ¿Prefiere esperar en la línea o que le devuelva la llamada en media hora?', phrase: 'esperar' },
});

describeEsLabel('callback-time', {
  yes: [
    'Le llamo antes de las 3.',
    'Le devuelvo la llamada en 20 minutos.',
    'Le llamo dentro de media hora.',
    'Le doy una respuesta antes de que termine el día.',
    'Le marco a las 4:30.',
    'Me comunico con usted hoy antes de las cinco.',
    'La llamo esta tarde a las dos.',
    'Le confirmo mañana a primera hora.',
    'En diez minutos le devuelvo la llamada.',
    'te marco en media hora',
    'Le llamo antes del mediodía.',
    '¿Prefiere esperar o que la llame dentro de media hora?',
    '¿Quiere que le devuelva la llamada antes de las 4?',
  ],
  no: [
    'Le llamo pronto.',
    'Le llamo más tarde.',
    'Le llamo la próxima semana.',
    'La operadora iba a llamarle a las 3.',
    'Le llamo el jueves para confirmar que todo funcione.',
    'Su paciente llamó a las 2 de la mañana.',
    'La operadora lo llamó a las 3 de la mañana.',
  ],
  evidence: { text: 'Voy a revisar los registros y le llamo antes de las 3 de la tarde.', phrase: 'antes de las 3' },
});

describeEsLabel('verify-number', {
  yes: [
    '¿Cuál es el mejor número para llamarle?',
    '¿A qué número le devuelvo la llamada?',
    '¿Me confirma su número de teléfono?',
    '¿Me da su celular?',
    '¿El 555-0134 sigue siendo su mejor número?',
    '¿Lo puedo localizar en este mismo número?',
    '¿A qué número lo llamo?',
    'me confirmas tu celular?',
    '¿Cuál es el mejor teléfono para contactarla?',
    '¿Me podría dar su número de contacto?',
    '¿Es el 555 0199 el mejor número para llamarla?',
    '¿A dónde la puedo llamar?',
    '¿Tiene un celular donde lo pueda localizar?',
    '¿Ese sigue siendo su mejor número?',
  ],
  no: [
    '¿Qué número marcaron sus pacientes?',
    '¿Me da su número de cuenta?',
    'Gracias por llamar.',
    'Su número ya quedó actualizado.',
    '¿Me da su nombre completo?',
  ],
  evidence: { text: 'Perfecto. ¿Cuál es el mejor número para llamarle esta tarde? Gracias.', phrase: 'mejor número' },
});

describeEsLabel('action-statement', {
  yes: [
    'Ya corregí su horario de guardia.',
    'Cambié su número de contacto.',
    'Agregué una nota a su cuenta.',
    'Hablé con el turno de noche.',
    'Ya actualicé las instrucciones.',
    'Ya le quité el cargo.',
    'He actualizado su lista de guardia.',
    'Ya quedó registrado el cambio.',
    'Estoy corrigiendo su cuenta en este momento.',
    'Ya cambiamos el desvío al celular de la doctora.',
    'ya cambie el numero',
    'Le apliqué un crédito de 20 dólares.',
    'Ya lo reprogramamos para el turno de noche.',
    'Acabo de cambiar su contacto de guardia.',
    'Ya lo tengo registrado en su cuenta.',
    'Ya la saqué de la lista de fin de semana.',
    'Ya quedó el desvío a su celular.',
  ],
  no: [
    'Vamos a mejorar.',
    'Voy a actualizar las instrucciones.',
    'Cambie la contraseña, por favor.',
    'Deje un mensaje después del tono.',
    'Lo siento mucho.',
    '¿Ya cambió usted su número?',
    'Nunca hemos cambiado un número sin permiso.',
    'Ya le pedí que no me grite.',
    'De verdad, ya quedó resuelto.',
    'Perdón, anoté mal su número.',
  ],
  evidence: { text: 'Lamento lo ocurrido. Ya corregí su horario de guardia para que no lo llamen en sus días libres.', phrase: 'corregí' },
});

describeEsLabel('soft-words', {
  yes: [
    'Tal vez hubo un malentendido.',
    'Quizás el mensaje se retrasó.',
    'Es posible que el desvío no se activara.',
    'Puede que la línea estuviera ocupada.',
    'Parece que hubo un problema con el número.',
    'A veces la señal falla.',
    'En ocasiones pasa con los desvíos.',
    'Posiblemente la operadora no lo vio.',
    'Al parecer hubo una confusión con el horario.',
    'talvez fue un mal entendido',
    'Es poco probable, pero lo voy a revisar.',
  ],
  no: [
    'No hubo ningún error.',
    '¿Le parece bien a las tres?',
    'Siempre contestamos.',
    'Eso es lo que pasó.',
    'Lo reviso ahora mismo.',
  ],
  evidence: { text: 'Entiendo. Es posible que el desvío no se haya activado esa noche; lo reviso.', phrase: 'es posible que' },
});

describeEsLabel('polite-interrupt', {
  yes: [
    'Disculpe que lo interrumpa.',
    'Perdón que la interrumpa, señora.',
    'Perdone la interrupción.',
    'Disculpe la interrupción, ¿me permite una pregunta?',
    'Siento interrumpirlo, pero quiero ayudarle.',
    'disculpa que te corte',
    'Si me permite interrumpirlo un momento...',
    'Con todo respeto, disculpe que la interrumpa.',
    'Perdóneme por interrumpir, ¿a qué hora llamó?',
    'Lamento interrumpirla, doctora, ¿me permite confirmar algo?',
  ],
  no: [
    'Deje de hablar.',
    'Disculpe la demora.',
    'Perdón, ¿cuál era el nombre?',
    'Me interrumpieron la llamada.',
    'No me interrumpa.',
  ],
  evidence: { text: 'Sra. Vega, disculpe que la interrumpa; quiero ayudarle, ¿me permite unas preguntas?', phrase: 'interrumpa' },
});

describeEsLabel('boundary', {
  yes: [
    'Me incomodan sus palabras. Si sigue así tendré que colgar.',
    'No voy a aceptar insultos; si continúa, terminaré la llamada.',
    'Le pido que no me hable con groserías, o tendré que finalizar la llamada.',
    'Si sigue hablándome así, voy a colgar.',
    'Con ese lenguaje no puedo seguir atendiéndole; si continúa, cortaré la llamada.',
    'No le permito que me insulte. Si sigue, doy por terminada la llamada.',
    'Si me sigue gritando, le voy a colgar.',
    'Quiero ayudarle, pero no con ese tono; de lo contrario tendré que colgar.',
    'Señor, su vocabulario es ofensivo; si no cambia, me veré obligada a terminar la llamada.',
    'No tolero gritos. Si sigue gritándome tendré que desconectar la llamada.',
    'Le pido respeto; si me vuelve a gritar, termino la llamada.',
    'con groserias no te puedo ayudar, si seguis asi te cuelgo',
  ],
  no: [
    'Por favor, cálmese.',
    'Voy a colgar y le llamo en diez minutos.',
    'Entiendo su tono, tiene razón en estar molesto.',
    'Perdón por el ruido de la línea.',
    'Le paso con mi supervisora.',
  ],
  evidence: { text: 'Entiendo que está molesto. Sin embargo, no voy a aceptar insultos; si continúa, terminaré la llamada.', phrase: 'insultos' },
});

describeEsLabel('offer-transfer', {
  yes: [
    'Lo transfiero con mi supervisor.',
    'Con gusto la comunico con la gerente.',
    'Le paso con el encargado ahora mismo.',
    'Voy a transferirlo a facturación.',
    'Le pido a nuestra gerente que lo llame.',
    'Nuestro director, el Sr. Wilson, lo va a llamar.',
    '¿Quiere hablar con mi supervisora?',
    'te paso con mi jefe',
    'Permítame comunicarlo con el Sr. Wilson.',
    'La conecto con el área de facturación.',
    'La estoy transfiriendo con la gerente.',
    'Voy a involucrar a nuestro gerente de facturación.',
    'Le pido al encargado que la llame.',
  ],
  no: [
    'Tiene que llamar a otro número.',
    'Le paso su mensaje a la doctora.',
    'No lo puedo transferir.',
    'Le transfiero el crédito a su cuenta el lunes.',
    'La supervisora no está hoy.',
    'Le paso su mensaje al Dr. Ruiz.',
  ],
  evidence: { text: 'Entiendo que quiere hablar con alguien más. Lo comunico con mi supervisora ahora mismo.', phrase: 'comunico' },
});

describeEsLabel('offer-options', {
  yes: [
    '¿Me permite sugerirle algo?',
    'Le sugiero cambiar el horario de guardia.',
    'Tiene dos opciones: cambiar el número o agregar un contacto.',
    'Podemos desviar las llamadas a la Dra. Lee o avisarle solo en emergencias.',
    '¿Quiere que lo intente yo, o prefiere hablar con el Sr. Wilson?',
    'Una opción sería enviar los mensajes por texto.',
    'Le propongo dos alternativas.',
    'Podríamos llamarle al celular o mandarle un mensaje de texto, ¿qué le funciona mejor?',
    'Hay varias formas de resolverlo.',
    'le recomiendo agregar un segundo contacto',
    'Sí, hay varias cosas.',
  ],
  no: [
    'Mande el formulario por fax.',
    '¿Prefiere esperar o que le devuelva la llamada?',
    'Le llamo a las 3.',
    'Ya agregué el segundo contacto.',
    '¿Tiene alguna pregunta?',
    'No le puedo dar ese dato; si gusta, le tomo el recado.',
  ],
  evidence: { text: 'Entiendo. Podemos desviar las llamadas a la Dra. Lee o avisarle solo en emergencias; ¿qué le funciona mejor?', phrase: 'podemos desviar' },
});

describeEsLabel('summarize', {
  yes: [
    'Para resumir: cambié su horario y le llamo el viernes.',
    'En resumen, ya quedó el nuevo número.',
    'Resumiendo, le apliqué el crédito y actualicé su cuenta.',
    'Repasando lo que acordamos: el desvío empieza hoy.',
    'Entonces quedamos en que le envío el resumen por correo.',
    'Recapitulando: ya corregí su lista de guardia.',
    'A modo de resumen, todo queda como usted pidió.',
    'Para recapitular, mañana empieza el nuevo horario.',
    'Lo que acordamos: nuevo contacto y aviso por texto.',
    'en resumen ya quedo todo listo',
    'Para cerrar: ya quedó el desvío y le llamo el lunes.',
  ],
  no: [
    'Le envío un resumen de los cambios por correo.',
    '¿Es un resumen justo de lo que pasó?',
    'No quedamos en nada todavía.',
    'Entiendo lo que pasó.',
    'Le llamo el viernes.',
  ],
  evidence: { text: 'Muy bien, doctora. Para resumir: cambié su contacto de guardia y le envío la confirmación por correo.', phrase: 'para resumir' },
});

describeEsLabel('written-confirmation', {
  yes: [
    'Le envío un resumen de los cambios por correo electrónico.',
    'Le mando la confirmación por fax.',
    'Se lo envío por escrito.',
    'Le voy a enviar un correo con lo que acordamos.',
    'Te mando un mail con los cambios.',
    'Le hago llegar por fax el formulario para que lo firme.',
    'Le llegará un correo con la confirmación.',
    '¿Le envío los cambios por escrito?',
    'Le dejo todo por escrito.',
    'le mando todo a su correo',
  ],
  no: [
    'Mande el formulario por fax.',
    'Le paso su mensaje a la doctora.',
    '¿Me da su correo?',
    'Usted me envió un correo ayer.',
    'Le llamo a las 3.',
    'Le podemos mandar los recados por mensaje de texto.',
    'Le mando el estado de cuenta por correo como cada mes.',
  ],
  evidence: { text: 'Ya cambié su horario. Le envío un resumen por correo electrónico para que lo firme.', phrase: 'correo' },
});

describeEsLabel('thank', {
  yes: [
    'Gracias por avisarnos.',
    'Gracias por su paciencia.',
    'Muchas gracias por esperar.',
    'Le agradezco que nos lo haya dicho.',
    'Mil gracias por la paciencia.',
    'Le agradezco mucho su paciencia.',
    'Gracias por informarnos del problema.',
    'Gracias por darnos la oportunidad de corregirlo.',
    'Agradecemos sus comentarios.',
    'gracias x avisar',
    'Gracias por comentarnos lo que pasó.',
    'Gracias por comentárnoslo.',
    'Gracias por tenerme paciencia.',
    'Qué bueno que nos avisó.',
    'Gracias por hacérnoslo saber.',
  ],
  no: [
    'Gracias, adiós.',
    'Gracias.',
    'No, gracias.',
    'Gracias a Dios no pasó nada grave.',
    'Muchas gracias por su llamada, que tenga buen día.',
  ],
  evidence: { text: 'Entiendo. Gracias por avisarnos, lo voy a revisar ahora.', phrase: 'gracias por avisarnos' },
});

describeEsLabel('follow-up', {
  yes: [
    'Le llamo el jueves para asegurarme de que todo esté funcionando.',
    'El lunes me comunico con usted para confirmar que todo siga bien.',
    'Le doy seguimiento en tres días para ver que todo funcione.',
    'Le marco la próxima semana para ver si quedó conforme.',
    'Mañana la llamo para confirmar que ya le llegan los mensajes.',
    'La llamo el viernes para ver cómo le va con el nuevo horario.',
    'Le hago seguimiento el martes para verificar que el cambio funcione.',
    'te escribo el lunes para ver si todo sigue bien',
    'Le vuelvo a llamar en dos días para asegurarme de que quedó resuelto.',
    'El jueves me comunico para saber si quedó satisfecha.',
    'Le llamo el lunes para asegurarme de que el fin de semana salió bien.',
  ],
  no: [
    'Le llamo el jueves.',
    'Le llamo en 20 minutos con una respuesta.',
    'Voy a revisar que todo funcione.',
    'Alguien lo llamará.',
    'Para asegurarme de que entendí, ¿me repite la hora?',
  ],
  evidence: { text: 'Ya corregí su horario. Le llamo el jueves para asegurarme de que todo esté funcionando.', phrase: 'jueves' },
});

describeEsLabel('compromise', {
  yes: [
    'No puedo acreditarle todo el mes, pero le puedo quitar el cargo nocturno.',
    'Aunque no puedo reembolsarle la factura completa, le ofrezco un descuento del 30%.',
    'No le puedo devolver todo, pero le bonifico la mitad.',
    'El reembolso total no es posible; lo que sí puedo hacer es no cobrarle ese día.',
    'No podemos acreditar el mes completo, sin embargo le damos un crédito de 50 dólares.',
    'no te puedo devolver todo el cargo pero si la mitad',
    'No es posible un crédito total, pero puedo eliminar el cargo por exceso del próximo mes.',
    'Lamentablemente no puedo reembolsarle todo, en cambio le ofrezco un mes sin costo del servicio de texto.',
    'No me permiten acreditar toda la factura, pero sí puedo descontarle los mensajes de esa noche.',
    'Aunque no procede el reembolso completo, le puedo aplicar un descuento.',
    'Todo no puedo, pero le podría descontar treinta dólares.',
    'No le puedo devolver el total, pero sí le abono una parte.',
  ],
  no: [
    'Le apliqué un crédito por el mes completo.',
    'No puedo compartir esa información, pero le tomo un mensaje.',
    'No puedo cambiarlo desde aquí, pero le paso con el supervisor.',
    'Su factura subió por los minutos extra.',
    'No le vamos a cobrar nada extra.',
  ],
  evidence: { text: 'Entiendo su molestia. No puedo acreditarle todo el mes, pero le puedo quitar el cargo nocturno.', phrase: 'no puedo acreditarle' },
});

describeEsLabel('cost-saving', {
  yes: [
    'Un saludo más corto reduciría el tiempo de cada llamada.',
    'Si quitamos el menú de opciones, que agrega tiempo a cada llamada, baja su factura.',
    'Para bajar su factura, le conviene pedir a sus pacientes que llamen en horario de oficina.',
    'Si acorta el mensaje de bienvenida le va a salir más barato.',
    'Podría reducir los minutos si los mensajes no urgentes se dejan en el buzón.',
    'Una forma de ahorrar es cambiar a un plan más económico.',
    'Le sugiero un saludo de buzón más breve, así se reducen los minutos.',
    'para ahorrar en su cuenta, los mensajes de rutina pueden ir por texto',
    'Si eliminamos la grabación de bienvenida, ahorraría unos minutos por llamada.',
    'Le conviene un plan más chico, le saldría más económico.',
    'Para que le salga más barato, conviene un saludo más breve.',
    'Si quitamos la grabación, cada llamada dura menos.',
  ],
  no: [
    'Su factura subió este mes.',
    'No podemos bajar la tarifa.',
    'Le apliqué un crédito.',
    'El mensaje de bienvenida ya está grabado.',
    'Le explico los cargos de su factura.',
  ],
  evidence: { text: 'Revisé su cuenta. Un saludo más corto reduciría el tiempo de cada llamada, ¿le interesa?', phrase: 'saludo más corto' },
});

describeEsLabel('protect-privacy', {
  yes: [
    'No puedo compartir información de nuestros clientes, pero con gusto le tomo un mensaje.',
    'Por confidencialidad no le puedo dar el número del doctor.',
    'Esa información es confidencial.',
    'No estoy autorizada para dar datos del consultorio.',
    'No le puedo dar su celular, pero le paso el recado.',
    'Los datos de nuestros clientes son privados.',
    'Por privacidad no puedo confirmar su horario.',
    'no te puedo pasar el telefono de la doctora, si quieres le dejo el mensaje',
    'No tenemos permitido revelar la dirección del consultorio.',
    'Lo siento, es información privada; lo que sí puedo es pasarle su recado.',
    'No damos información de los doctores por teléfono.',
  ],
  no: [
    '¿Me da su nombre para dejar el mensaje?',
    'Le doy el número de la clínica con gusto.',
    'No puedo hacer nada.',
    'Le envío la información por correo.',
    'Su información ya está actualizada.',
  ],
  evidence: { text: 'Entiendo que es urgente. Por confidencialidad no le puedo dar el número del doctor, pero le hago llegar su mensaje.', phrase: 'confidencialidad' },
});
