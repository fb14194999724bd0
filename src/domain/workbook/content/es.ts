import type { DeskCard, Workbook } from '../types.ts';

// The customer's workbook (shared/seeds/000) is English; this is a faithful
// translation into Latin-American call-center Spanish, block for block, with
// the English file's ids, so answers (keyed by prompt id), links and exports
// carry over when a trainee switches language. Structure (ids, scenario links,
// labels, desk card links) must match content/en.ts exactly; a test checks it.

const caution =
  'Algunas de las soluciones que se ofrecen en el video pueden no ser la forma en que su oficina las maneja, y estas soluciones pueden variar según cada caso. Es un buen momento para aclarar qué permiten o no permiten las políticas de su oficina en cuanto a emitir créditos, enviar obsequios, asumir la culpa, etc.';

/** The Spanish workbook. */
export const workbookEs: Workbook = {
  lang: 'es',
  title: 'Manejo de quejas de clientes: cuaderno de trabajo',
  preface: caution,
  parts: [
    {
      id: 'part-1',
      title: 'Parte I',
      sections: [
        {
          id: 'account-information',
          title: 'Información de la cuenta',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'note', text: 'Su objetivo final: que su cliente termine cada interacción con una impresión positiva de la experiencia y con la confianza de que habrá una solución.' },
            { type: 'paragraph', text: 'Como se vio en el video, mantener la información de la cuenta precisa y concisa ayuda a reducir los errores de los agentes y, por lo tanto, las quejas de los clientes.' },
            {
              type: 'task',
              task: {
                id: 't01',
                heading: 'Piense en su oficina y en cómo se manejan los avisos y los cambios de los clientes.',
                prompts: [
                  { id: 't01.1', text: '¿Qué puede hacer para asegurarse de que su información esté al día?' },
                  { id: 't01.2', text: '¿Qué procedimientos tienen para asegurar que sus agentes le avisen de los cambios en las cuentas cuando hace falta?' },
                  { id: 't01.3', text: '¿Qué haría si un cliente le pidiera hacer cambios que no son viables?' },
                  { id: 't01.4', text: '¿Recuerda alguna vez en que supo de un cambio de información que simplemente no llegó a hacer, y eso afectó el manejo de las llamadas y terminó en una queja del cliente?' },
                ],
              },
            },
            { type: 'note', text: '¡Recuerde! Los supervisores deben anotar los problemas de las cuentas y corregirlos lo antes posible. Además, cuando hable con los clientes, siempre trate de obtener más información sobre su negocio, para que los agentes suenen más informados y seguros.' },
            { type: 'paragraph', text: 'Cuando programe cuentas con mucha información, conviene usar viñetas para consultarlas rápido, indicando en qué página se encuentra la información más detallada.' },
            { type: 'paragraph', text: 'Los clientes quieren hacer una sola llamada para resolver todos sus problemas.' },
          ],
        },
        {
          id: 'six-reminders',
          title: 'Recordatorios importantes para manejar quejas de clientes',
          scenarioIds: ['irma', 'bob', 'anniversary-doctor'],
          labels: ['acknowledge', 'empathize', 'reassure', 'use-name', 'research', 'admit-fault', 'callback-time'],
          deskCardId: 'six-reminders',
          content: [
            { type: 'paragraph', text: 'Le recomendamos colocar estos seis recordatorios en su escritorio para poder consultarlos cuando atienda a un cliente furioso o molesto.' },
            {
              type: 'numbered',
              items: [
                'Escuche a quien llama',
                'Entienda lo que le está diciendo',
                'Reconozca su problema y asegúrese de mostrar empatía; llámelo por su nombre cuando le hable.',
                'Avísele que va a investigar el asunto; no admita la falla hasta tener todos los datos.',
                { text: 'Dese el tiempo suficiente para investigar el asunto; acuerde con el cliente cuándo le devolverá la llamada.', sub: ['Pedir tiempo le da al cliente la oportunidad de calmarse.'] },
                'Mantenga la calma y un trato profesional; no se deje llevar por las emociones.',
              ],
            },
          ],
        },
        {
          id: 'probing-questions',
          title: 'Preguntas de sondeo',
          scenarioIds: ['irma', 'hal'],
          labels: ['probing-question'],
          content: [
            { type: 'paragraph', text: 'Cuando el cliente, un abogado, llamó para quejarse de los largos tiempos de espera, la supervisora del video le hizo preguntas de sondeo.' },
            { type: 'paragraph', text: 'Las preguntas de sondeo se relacionan directamente con las respuestas que da el cliente, un asunto a la vez.' },
            { type: 'paragraph', text: 'Las preguntas de sondeo le permiten al cliente aclarar o ampliar su respuesta anterior.' },
            { type: 'paragraph', text: 'En el ejemplo del video, la supervisora revisa reportes que la ayudan a hacer las preguntas adecuadas para llegar al fondo de la queja.' },
            {
              type: 'task',
              task: {
                id: 't02',
                heading: '¿Qué reportes consultaría para atender cada uno de estos casos?',
                prompts: [
                  { id: 't02.1', text: 'Una queja por espera larga.' },
                  { id: 't02.2', text: 'Una queja porque el teléfono timbró demasiado antes de que contestaran.' },
                  { id: 't02.3', text: 'Una llamada que se despachó mal, o que no se despachó cuando debía.' },
                  { id: 't02.4', text: 'Una queja por un operador grosero en una llamada atendida esa mañana, en algún momento entre las 9 a. m. y las 12 p. m.' },
                ],
              },
            },
          ],
        },
        {
          id: 'active-listening',
          title: 'Escucha activa',
          scenarioIds: ['irma'],
          labels: ['rephrase', 'polite-interrupt', 'dismissive'],
          content: [
            { type: 'bullets', items: ['Escuche', 'Entienda', 'Reconozca su problema*', 'Parafrasee su problema para que sepa que usted entiende su situación.', 'Pida tiempo para investigar el asunto'] },
            { type: 'note', text: '*Su cliente quiere sentirse seguro de que usted entiende su problema.' },
            {
              type: 'task',
              task: {
                id: 't03',
                heading: 'Recuerde una queja que atendió y que no salió bien. ¿Qué haría diferente ahora que vio el video?',
                prompts: [{ id: 't03.1' }, { id: 't03.2', text: '¿Cuál cree que habría sido el resultado usando algunas de estas técnicas?' }],
              },
            },
          ],
        },
        {
          id: 'resolutions-and-hold',
          title: 'Soluciones y el procedimiento de espera',
          scenarioIds: ['hal', 'high-bill'],
          labels: ['offer-options', 'hold-or-callback', 'vague-timeframe'],
          content: [
            { type: 'heading', text: 'Soluciones' },
            { type: 'paragraph', text: 'Ofrezca opciones, alternativas y/o recomendaciones sobre cómo resolver o mejorar su servicio. Al ofrecerle opciones, el cliente siente que tiene algo de control.' },
            { type: 'paragraph', text: 'Ofrezca que un representante de la empresa revise la información de su cuenta para evitar problemas en el futuro.' },
            { type: 'heading', text: 'Procedimiento correcto si tiene que poner en espera a un cliente molesto' },
            { type: 'paragraph', text: 'Cuando ponga en espera a un cliente molesto, SIEMPRE ofrézcale opciones. Ofrezca dejarlo en espera _X_ minutos o devolverle la llamada en un plazo determinado. Si no logra terminar su investigación en el tiempo acordado, vuelva a la línea para avisarle que todavía está trabajando en ello y pregúntele si quiere seguir esperando.' },
            { type: 'heading', text: 'Sugerencias útiles' },
            {
              type: 'numbered',
              items: [
                'Hacer que el cliente participe en la conversación lo hace sentir en control.',
                'Ayude al cliente a evaluar los pros y los contras de sus sugerencias.',
                'Hágale saber al cliente que es especial o importante para usted.',
                'Genere lealtad llamándolo por su nombre durante la conversación.',
                'Ofrezca enviarle por correo electrónico, fax o correo postal la solución acordada, y pídale que firme que es correcta para que todos estén de acuerdo.',
                'Dé plazos realistas para la solución. (Un día hábil debería ser lo máximo que haga esperar al cliente. Para tener la mejor relación con los clientes, trate de resolver el asunto en una a dos horas).',
                'Devuélvale la llamada al cliente cuando dijo que lo haría, aunque todavía no tenga las respuestas, para avisarle que sigue investigando.',
                'Muestre empatía por su tiempo si lo deja en espera o si no puede atender su llamada lo antes posible.',
              ],
            },
          ],
        },
        {
          id: 'tone-and-words',
          title: 'Silencio, promesas y tono de voz',
          scenarioIds: ['bob', 'hal'],
          labels: ['jargon', 'condescending', 'we-never', 'soft-words', 'hostile'],
          content: [
            { type: 'heading', text: 'El SILENCIO como herramienta' },
            { type: 'paragraph', text: 'El silencio puede ser una herramienta poderosa que muchas veces calma a un cliente enojado.' },
            { type: 'heading', text: 'Cumplir las promesas' },
            { type: 'paragraph', text: 'Si se compromete a algo, ¡hágalo! Si lo delega, dé seguimiento y asegúrese de que se haya hecho.' },
            { type: 'paragraph', text: 'Transmita su compromiso.' },
            { type: 'paragraph', text: 'Adapte su tono de voz al de sus clientes. El tono de voz y las palabras transmiten su mensaje y su actitud.' },
            {
              type: 'task',
              task: {
                id: 't04',
                heading: 'Piense en alguna vez en que atendió una queja estando distraído, o quizás sin estar de acuerdo con el cliente desde el principio.',
                prompts: [
                  { id: 't04.1', text: '¿Se le notaba una mala actitud en la voz?' },
                  { id: 't04.2', text: '¿Ya había decidido que el cliente estaba equivocado y que tendría que convencerlo de ver las cosas a su manera?' },
                  { id: 't04.3', text: '¿Se le olvidó ESCUCHAR lo que él o ella le decía?' },
                  { id: 't04.4', text: '¿Cómo terminó la queja? ¿El cliente simplemente se dio por vencido o canceló el servicio?' },
                  { id: 't04.5', text: '¿Cree que el cliente obtuvo la solución que buscaba cuando lo llamó?' },
                ],
              },
            },
            { type: 'note', text: 'Recuerde: hable el idioma del cliente, no el nuestro. No use siglas ni términos internos como mastercard, número DID, VOIP, ACD, etc. Nunca suene condescendiente.' },
            { type: 'note', text: 'Nunca, jamás diga «Nosotros nunca…». Decir eso pone al cliente a la defensiva. Use palabras suaves como: quizás, a veces, de vez en cuando, es poco probable, un malentendido, etc.' },
          ],
        },
        {
          id: 'escalating',
          title: 'Escalar la queja',
          scenarioIds: ['hal', 'high-bill'],
          labels: ['offer-transfer'],
          content: [
            { type: 'paragraph', text: 'A veces ayuda involucrar a otra persona de su oficina cuando hace falta, y no necesariamente al jefe.' },
            {
              type: 'task',
              task: {
                id: 't05',
                heading: '¿Recuerda alguna queja que atendió y que tuvo que pasar a otro departamento u otra persona?',
                prompts: [
                  { id: 't05.1' },
                  { id: 't05.2', text: 'A veces las personas que llaman quieren un crédito o algún tipo de compensación cuando un error nuestro les causa una pérdida. ¿Recuerda haber atendido una llamada así? Si es así, ¿qué le ofreció?' },
                ],
              },
            },
            { type: 'paragraph', text: 'Si usted no tiene autorización para emitir créditos u otras compensaciones, o si la queja es por correos electrónicos demorados o algo que está fuera de su especialidad, conviene involucrar a otra persona de la oficina. Algunos ejemplos:' },
            { type: 'bullets', items: ['El Departamento de Facturación', 'El Gerente de Servicio al Cliente', 'El Gerente de Operaciones', 'El Departamento Técnico'] },
            { type: 'paragraph', text: 'Si siente que el cliente no está llegando a una solución con sus explicaciones, transferir la llamada a otra persona (después de explicarle bien la situación) puede ayudar a que el cliente vea las cosas desde otra perspectiva.' },
          ],
        },
        {
          id: 'above-and-beyond',
          title: 'Ir más allá',
          scenarioIds: ['anniversary-doctor', 'high-bill'],
          labels: ['summarize', 'written-confirmation', 'thank'],
          content: [
            {
              type: 'numbered',
              items: [
                'Cuando hable con los clientes, SIEMPRE repase lo que dijo. Resuma todos los compromisos y cambios que hizo, para asegurarse de que se entienden claramente. DÉJELO POR ESCRITO. Envíe una hoja de aprobación o algún formulario que puedan leer para confirmar que esos cambios son los que se acordaron, y asegúrese de recibir el formulario firmado para su archivo. Muchas veces cambia el personal en las oficinas de nuestros clientes, y los gerentes suelen preguntar quién autorizó el cambio. Usted necesita algo en su archivo que lo respalde.',
                'Es útil enviar una carta o un correo electrónico agradeciéndoles la oportunidad de mejorar su servicio y repasando otra vez lo que se decidió.',
              ],
            },
            {
              type: 'task',
              task: {
                id: 't06',
                heading: '¿Recuerda alguna vez en que su cliente le dijo que usted le había ayudado mucho y le agradeció por hacer un trabajo excelente para resolver su problema?',
                prompts: [{ id: 't06.1' }, { id: 't06.2', text: '¿Qué cree que hizo en esa ocasión que marcó la diferencia?' }],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'part-2',
      title: 'Parte II',
      sections: [
        {
          id: 'office-at-fault',
          title: '¿Qué hace cuando sabe que la falla es de su oficina?',
          scenarioIds: ['anniversary-doctor'],
          labels: ['admit-fault'],
          content: [
            { type: 'paragraph', text: 'Muchas veces las quejas de los clientes se pueden ver como un favor que le hacen a usted. Para ellos es más fácil corregir con usted los problemas que tengan que buscar un servicio nuevo.' },
            { type: 'paragraph', text: 'Recuerde que otros clientes que nunca se toman la molestia de llamar podrían estar teniendo las mismas quejas. *Vea los recursos al final de este cuaderno: hay un enlace a un artículo sobre el tema.' },
            { type: 'paragraph', text: 'Cuando un cliente llama para quejarse, usted debe ser abierto y honesto, pero no acepte toda la responsabilidad hasta haber investigado a fondo el asunto. Muchas veces la falla es claramente del servicio de contestación, sin necesidad de investigar mucho. Quizás una llamada no se transmitió, quedó demasiado tiempo en espera, se entregó a la persona equivocada u otros problemas que le quedan muy claros mientras habla con el cliente.' },
            {
              type: 'task',
              task: {
                id: 't07',
                heading: '¿Qué hace en esta situación? ¿Admite la culpa enseguida, o cómo maneja este caso?',
                note: '¿Recuerda el ejemplo de la llamada de la doctora que celebraba su primer aniversario y a quien el servicio de contestación llamó cuando no estaba de guardia?',
                prompts: [
                  { id: 't07.1' },
                  { id: 't07.2', text: '¿Le diría que va a investigar el asunto y que le devolverá la llamada, o, al darse cuenta enseguida de lo que pasó, trataría de resolver la llamada en ese momento? ¿Qué hizo la supervisora del video?' },
                  { id: 't07.3', text: '¿Y si la doctora que llamó no hubiera sido tan amable como esta? ¿Habría manejado la llamada de otra manera?' },
                ],
              },
            },
          ],
        },
        {
          id: 'action-statements',
          title: 'Escalar a un gerente: frases de acción',
          scenarioIds: ['anniversary-doctor', 'high-bill'],
          labels: ['action-statement'],
          content: [
            { type: 'paragraph', text: 'Cuando el servicio de contestación comete un error GRANDE que causa una pérdida de ingresos o que les costará dinero a nuestros clientes, es el momento de dejar una impresión muy duradera de su compromiso para corregir la situación y de demostrar con hechos lo que dice.' },
            { type: 'paragraph', text: 'Sea específico sobre el asunto en cuestión. Asegúrese de mencionarlo cuando hable con su cliente (por ejemplo: lo despertamos por error, no le avisamos de la cancelación y eso hizo que usted manejara tan lejos, etc.).' },
            { type: 'paragraph', text: 'Una vez que determine que la falla es suya, es muy buena idea incluir una «frase de acción» al disculparse con su cliente.' },
            {
              type: 'task',
              task: {
                id: 't08',
                heading: 'Escriba abajo tres frases de acción que ahora conoce y que puede usar al atender quejas.',
                prompts: [
                  { id: 't08.1', text: '1)' },
                  { id: 't08.2', text: '2)' },
                  { id: 't08.3', text: '3)' },
                ],
              },
            },
            { type: 'paragraph', text: 'Quizás usted ya usa frases de acción al atender llamadas de quejas.' },
            {
              type: 'task',
              task: {
                id: 't09',
                heading: 'Describa abajo una queja que atendió hace poco usando frases de acción (indique qué frases de acción usó).',
                prompts: [{ id: 't09.1' }, { id: 't09.2', text: '¿Cómo le respondió el cliente?' }],
              },
            },
          ],
        },
        {
          id: 'never-defensive',
          title: '¡Nunca se ponga a la defensiva!',
          scenarioIds: ['bob', 'irma'],
          labels: ['defensive', 'verify-number'],
          content: [
            { type: 'paragraph', text: 'Algunos clientes molestos dicen groserías, gritan, amenazan y más. No permita que lo arrastren a ese nivel. Muchas veces solo se están desahogando.' },
            { type: 'paragraph', text: 'Ofrezca investigar, acuerde una hora específica para devolver la llamada y confirme a qué número debe llamarle.' },
            { type: 'paragraph', text: 'Asegúrese de cumplir lo que prometió.' },
          ],
        },
        {
          id: 'no-excuses',
          title: 'No ponga excusas',
          scenarioIds: ['anniversary-doctor', 'bob'],
          labels: ['excuse'],
          deskCardId: 'no-excuses',
          content: [
            { type: 'paragraph', text: 'NO PONGA EXCUSAS. Poner excusas es un mecanismo normal de defensa, pero no es apropiado para atender a una persona furiosa. Estas son solo algunas:' },
            {
              type: 'bullets',
              items: [
                'Estábamos saturados de llamadas',
                'Faltaron agentes a su turno',
                'Un cliente pasó un comercial sin avisarnos y nos entraron demasiadas llamadas al mismo tiempo',
                'Este agente es nuevo y no sabía',
                'El despachador estaba en su descanso y no vio este aviso',
              ],
            },
            {
              type: 'task',
              task: {
                id: 't10',
                heading: 'Piense en una queja que atendió en el pasado en la que se descubrió poniendo excusas por los errores.',
                prompts: [
                  { id: 't10.1', text: '¿Cómo le cayeron esas excusas a su cliente?' },
                  { id: 't10.2', text: '¿Qué haría diferente ahora?' },
                ],
              },
            },
          ],
        },
        {
          id: 'angry-rude',
          title: 'Repaso: quejas con enojo y groserías',
          scenarioIds: ['bob'],
          labels: ['boundary'],
          content: [
            {
              type: 'bullets',
              items: [
                'Vuelva a enfocar al cliente en lo que planteó al principio, con frases como «Entiendo que está enojado»',
                'Nunca responda con enojo y no reaccione ante un comportamiento poco profesional',
                'Pida más tiempo del que quizás necesite para investigar el asunto; así le da al cliente tiempo para calmarse',
              ],
            },
            { type: 'paragraph', text: 'Nadie tiene por qué escuchar groserías ni amenazas personales.' },
            {
              type: 'task',
              task: {
                id: 't11',
                heading: 'Recuerde alguna vez en que tuvo en la línea a un cliente enojado que decía groserías.',
                prompts: [
                  { id: 't11.1', text: '¿Le colgó?' },
                  { id: 't11.2', text: '¿Logró calmarlo lo suficiente para que le permitiera ayudarlo?' },
                  { id: 't11.3', text: '¿Terminó gritándole usted también?' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'part-3',
      title: 'Parte III',
      sections: [
        {
          id: 'customer-is-important',
          title: 'El cliente es importante',
          scenarioIds: ['hal'],
          labels: [],
          content: [
            { type: 'paragraph', text: 'El cliente no siempre tiene la razón. Sin embargo, siempre hay que tratarlo como alguien importante, porque lo es.' },
            { type: 'paragraph', text: 'Los clientes merecen todo su esfuerzo, aun cuando lo que piden no sea razonable.' },
            {
              type: 'task',
              task: {
                id: 't12',
                heading: 'Piense en una situación en la que un cliente le pidió que mintiera.',
                prompts: [
                  { id: 't12.1', text: '¿Cómo respondió?' },
                  { id: 't12.2', text: '¿Cómo resolvió el asunto?' },
                  { id: 't12.3', text: '¿Este cliente se quedó con una buena impresión de usted después de esa situación?' },
                ],
              },
            },
          ],
        },
        {
          id: 'benefit-of-the-doubt',
          title: 'Darle al cliente el beneficio de la duda',
          scenarioIds: ['irma'],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Darle al cliente el beneficio de la duda puede evitar que se aleje. En nuestro ejemplo, la clienta estaba segura de haber llamado al servicio para dar la información de guardia, y sin embargo la supervisora no encontró ningún registro de esa llamada.' },
            {
              type: 'task',
              task: {
                id: 't13',
                heading: 'Piense en una situación parecida que usted haya atendido.',
                prompts: [
                  { id: 't13.1', text: '¿Se le ocurre alguna otra herramienta que habría usado para investigar lo que afirmaba el cliente?' },
                  { id: 't13.2', text: '¿Qué soluciones le habría ofrecido al cliente en esa situación?' },
                ],
              },
            },
            { type: 'note', text: 'Recuerde: es importante encontrar formas de evitar que se repita un problema que tuvo el cliente.' },
          ],
        },
        {
          id: 'no-answer-complaints',
          title: 'Quejas de «nadie contesta» y desvío de llamadas',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Conocer bien los procedimientos de desvío de llamadas puede ser importante al atender una queja de «nadie contesta». Ese conocimiento, junto con una revisión del historial de servicio al cliente de esa cuenta, ayudó a esta supervisora a explicarle al cliente por qué nadie contestaba su teléfono.' },
            { type: 'task', task: { id: 't14', heading: 'Si esto pasa con frecuencia en su centro, ¿qué puede hacer para reducir las veces que ocurre?', prompts: [{ id: 't14.1' }] } },
            { type: 'note', text: 'Recuerde: es importante documentar todas las inquietudes y los problemas de los clientes.' },
            { type: 'task', task: { id: 't15', heading: 'En su call center, ¿dónde habría anotado la persona que habló con Betsy, de la clínica veterinaria, que ella tenía problemas para desviar los teléfonos?', prompts: [{ id: 't15.1' }] } },
          ],
        },
        {
          id: 'busy-signals',
          title: 'Tono de ocupado, esperas largas y fallas del servicio',
          scenarioIds: [],
          labels: ['jargon'],
          content: [
            { type: 'paragraph', text: 'Hay muchas razones por las que un cliente o una persona que llama puede recibir tono de ocupado. En los ejemplos presentados aquí, las causas fueron: comerciales sin aviso, otro cliente con un problema que generó mucho tráfico de llamadas, límites en la cantidad de llamadas simultáneas (canales), el mal tiempo y el apagado del sistema.' },
            { type: 'paragraph', text: 'Es importante que todo el personal esté capacitado para responder preguntas sobre situaciones como el tono de ocupado, las esperas largas, las llamadas sin contestar y otras situaciones que un cliente podría considerar una falla del servicio.' },
            { type: 'task', task: { id: 't16', heading: 'Describa alguna vez en que la mala explicación de un agente sobre el problema causó más problemas.', prompts: [{ id: 't16.1' }] } },
            { type: 'task', task: { id: 't17', heading: 'Describa los preparativos que haría con anticipación antes de apagar el sistema para hacer la actualización de software descrita en el ejemplo.', prompts: [{ id: 't17.1' }] } },
          ],
        },
        {
          id: 'technical-issues',
          title: 'Problemas técnicos y lo que afirman las personas que llaman',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Los problemas técnicos con el fax pueden ser difíciles de resolver y requerir más ayuda de la que usted puede dar. Esto puede incluir a su proveedor de equipos y a alguien que no sea un supervisor.' },
            { type: 'task', task: { id: 't18', heading: '¿Quién en su oficina atendería un problema de fax de un cliente?', prompts: [{ id: 't18.1' }] } },
            { type: 'paragraph', text: 'A veces el cliente reporta un problema que, según dice una de las personas que le llaman, le ocurrió a ella; por ejemplo, que después del anuncio de filtrado de llamadas no la pasaron con un agente. Sin un relato de primera mano de lo que vivió exactamente esa persona, puede hacer falta investigar más.' },
            { type: 'task', task: { id: 't19', heading: '¿Qué funciones de su sistema usaría para determinar si esa persona realmente llamó, como le dijo a su cliente?', prompts: [{ id: 't19.1' }] } },
          ],
        },
        {
          id: 'high-bill',
          title: 'Quejas por «factura alta»',
          scenarioIds: ['high-bill'],
          labels: ['cost-saving'],
          deskCardId: 'high-bill-checklist',
          content: [
            { type: 'paragraph', text: 'La queja de un cliente por el precio de su servicio puede presentarse de muchas formas. Si el cliente está enojado, una pausa puede ayudarle a calmarlo lo suficiente para resolver el problema de fondo. En los ejemplos presentados aquí, la supervisora explicó con claridad el servicio que el cliente usaba y cómo se aplican los pagos, explicó el valor del servicio e incluso ofreció algunas sugerencias para reducir el costo.' },
            { type: 'paragraph', text: 'Tenga a mano esta lista de verificación para cuando investigue quejas por «factura alta» (le recomendamos colocarla en su escritorio).' },
            {
              type: 'numbered',
              items: [
                'Revise la cantidad de mensajes y los estados de cuenta del cliente.',
                'Observe la proporción entre llamadas y mensajes.',
                'Revise los mensajes para detectar: intentos de entrega excesivos e información de guardia incorrecta.',
                '¿Hubo problemas del cliente que causaron más llamadas de lo normal?',
                '¿Influyó el clima en el volumen de llamadas de este cliente?',
                '¿Tuvo el cliente cierres planeados (feriados, eventos) o imprevistos (la secretaria enferma, problemas con los teléfonos de la oficina) que lo hicieron usar su servicio más de lo normal?',
                '¿Hubo problemas dentro del call center, como fallas de equipo, de líneas telefónicas o falta de personal?',
                { text: '¿Puede reestructurar la cuenta y bajar la facturación usando funciones y tecnología nuevas?', sub: ['Eliminar opciones del menú reduciría el tiempo de los agentes en cada llamada', 'La automatización puede reducir la carga de trabajo de los agentes'] },
                { text: 'Envíele al cliente una lista de formas comprobadas de bajar su factura del call center, que podría incluir estas sugerencias', sub: ['Los saludos más cortos en el contestador o en el celular pueden reducir el tiempo que los agentes esperan para dejar un mensaje.', 'Revisar los mensajes sin usar papel y lápiz.'] },
              ],
            },
            { type: 'note', text: 'Consejo: sus agentes saben por qué las facturas de los clientes son altas. Hable con las personas que contestan las llamadas. Así obtendrá la respuesta a muchas de las preguntas de su lista.' },
            { type: 'paragraph', text: 'Cuando un cliente ha estado comparando precios con un amigo o conocido que usa otro servicio, es importante comparar algo más que el precio cuando le hable de esto. En este ejemplo, la supervisora le recordó al cliente lo fácil que fue resolver un problema, lo que a su vez le recordó que los problemas de verdad eran poco frecuentes. Mencionó los premios y las acreditaciones que habían obtenido el call center y su personal, y sí le ofreció alternativas al servicio que el cliente usaba en ese momento.' },
            { type: 'paragraph', text: 'Puede que un cliente no le diga directamente que le preocupa el costo de su servicio. Puede sentir que algo anda mal, pero no saber cómo plantearlo.' },
            { type: 'paragraph', text: 'Las llamadas repetidas porque «no entiende» la factura muchas veces significan que el cliente quiere bajar su factura para ahorrar dinero, pero no tiene idea de cómo hacerlo.' },
          ],
        },
        {
          id: 'credits',
          title: 'Créditos, acuerdos intermedios y alternativas',
          scenarioIds: ['high-bill', 'anniversary-doctor'],
          labels: ['compromise'],
          content: [
            { type: 'paragraph', text: 'Antes hablamos de emitir créditos en los casos de errores, y no todas las empresas lo hacen. En el ejemplo presentado aquí, el servicio de contestación siguió las instrucciones, pero el cliente igual quería un crédito por el negocio perdido. Ofrezca llegar a un acuerdo intermedio u ofrezca una alternativa en lugar del crédito si no puede darlo.' },
            { type: 'task', task: { id: 't20', heading: '¿Qué le ofrece a un cliente cuando quiere un crédito en su factura?', prompts: [{ id: 't20.1' }] } },
          ],
        },
        {
          id: 'follow-up',
          title: 'Seguimiento',
          scenarioIds: ['high-bill', 'anniversary-doctor'],
          labels: ['follow-up'],
          content: [
            { type: 'paragraph', text: 'El seguimiento es importante siempre que un cliente lo haya llamado con una inquietud. Haga una llamada de seguimiento en los días siguientes. En esa llamada, lo que busca es conocer cómo percibió el cliente su experiencia con usted y determinar si quedó satisfecho.' },
            { type: 'paragraph', text: 'El contacto regular con los clientes del call center ayuda a construir una relación. A todos nos gusta hacer negocios con gente que conocemos y que nos cae bien.' },
            { type: 'task', task: { id: 't21', heading: '¿Con qué frecuencia su empresa se comunica con los clientes solo para saber cómo están? ¿Cuál es el proceso?', prompts: [{ id: 't21.1' }] } },
          ],
        },
      ],
    },
    {
      id: 'part-4',
      title: 'Parte IV',
      sections: [
        {
          id: 'hipaa',
          title: 'Privacidad y HIPAA',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Las situaciones que se describen en esta sección incluyen algunos de los peores casos: problemas de privacidad, desastres y otras situaciones graves.' },
            { type: 'note', text: `IMPORTANTE: ${caution}` },
            { type: 'paragraph', text: 'La Ley de Portabilidad y Responsabilidad del Seguro Médico de 1996 (HIPAA, por sus siglas en inglés) generó mayor conciencia sobre la responsabilidad de mantener la confidencialidad al manejar la información del cliente en lo que respecta a la información de salud de los pacientes. Aunque se trata de información a la que usted tiene acceso al hacer su trabajo, usted puede enfrentar personalmente multas y otras sanciones por violar esta ley.' },
            { type: 'task', task: { id: 't22', heading: 'Revise el programa de capacitación en HIPAA de su call center.', prompts: [{ id: 't22.1' }] } },
            { type: 'paragraph', text: 'Si recibe una llamada de un cliente que sospecha que podría involucrar una violación de HIPAA, debe escalar la situación a su supervisor. En general, cada vez que transfiera a un cliente a otra persona del personal de su call center, debe darle a esa persona los detalles de la situación para que el cliente no tenga que repetir lo que pide.' },
          ],
        },
        {
          id: 'privacy-release',
          title: 'Cuando quien pide información no es el cliente',
          scenarioIds: [],
          labels: ['protect-privacy'],
          content: [
            { type: 'paragraph', text: 'La información del cliente solo se puede dar con su permiso o por orden judicial mediante citación. Esto aplica:' },
            {
              type: 'bullets',
              items: [
                'Cuando llama un abogado en nombre de un cliente de su cliente',
                'Si su cliente emitió un cheque sin fondos y esa persona está pidiendo información',
                'Cuando llaman los medios de comunicación por noticias sobre un accidente u otro problema grave de un cliente',
                'Cuando cualquier persona que no esté autorizada dentro de la propia organización del cliente llama para pedir información',
              ],
            },
            { type: 'paragraph', text: 'Si su cliente sufrió un accidente u otra crisis, dé solo la información que le haya autorizado expresamente a repetir. Si alguien llama y usted no tiene información, puede ser conveniente comunicarse con el cliente para pedirle instrucciones.' },
            {
              type: 'task',
              task: {
                id: 't23',
                heading: 'Piense en una situación de su call center en la que un cliente tuvo una emergencia grave.',
                prompts: [
                  { id: 't23.1', text: '¿Cómo manejó la situación con su personal?' },
                  { id: 't23.2', text: '¿Cómo preparó a sus agentes para responder las preguntas de los medios?' },
                ],
              },
            },
          ],
        },
        {
          id: 'serious-situations',
          title: 'Lesiones, pérdidas y amenazas',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Si se presenta una situación en la que parece que el call center podría ser responsable de una lesión o una pérdida, mantenga la calma, muestre empatía con el cliente, reconozca la gravedad del asunto y pase la situación a su superior para que la maneje.' },
            { type: 'paragraph', text: 'Las amenazas contra la empresa, su cliente o una persona deben tomarse en serio. Repórtelas de inmediato a su superior para que se decida si hay que avisar a las autoridades.' },
            { type: 'note', text: 'Importante: su trabajo más importante es reforzar la capacitación que reciben sus agentes. Aunque otra persona u otro departamento se encargue de la capacitación, como supervisor usted debe dar apoyo y orientación a los agentes nuevos durante los varios meses que pueden tardar en sentirse cómodos en el nuevo trabajo. Anímelos a pedirle ayuda cuando no estén seguros de qué decir en una situación fuera de lo común.' },
            { type: 'paragraph', text: 'Aunque la capacitación continua es fundamental, la supervisión también es importante. Las asociaciones de call centers, la Association of TeleServices International (ATSI) y la Canadian Call Management Association (CAM-X), ofrecen muchas herramientas de capacitación y supervisión. Además de las asociaciones nacionales, su empresa puede pertenecer a una asociación regional o de un tipo de equipo específico que también ofrezca materiales educativos a sus miembros.' },
          ],
        },
        {
          id: 'conclusion',
          title: 'Conclusión',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Cuando ocurre un error, estar preparado para manejar la situación es otra oportunidad de demostrarle al cliente lo importante que es para usted. Muchas veces los clientes se van no por un error, salvo que se repita, sino porque sienten que a nadie le importa.' },
            { type: 'paragraph', text: 'Además del contacto regular por teléfono y por correo, las visitas personales son otra forma de hacerles saber a los clientes que se les valora.' },
            {
              type: 'task',
              task: {
                id: 't24',
                heading: '¿Quién es responsable del servicio al cliente en su organización?',
                prompts: [{ id: 't24.1' }],
                reveal: { question: '¿Acertó la respuesta?', answer: '¿Quién es responsable del servicio al cliente en su organización? ¡USTED!' },
              },
            },
            { type: 'heading', text: 'Otros recursos' },
            {
              type: 'bullets',
              items: [
                'Artículo «The Importance of Reducing and Resolving Customer Conflict» (en inglés): www.beldingskills.com/Images/resolution-importance.pdf',
                'Association of TeleServices International (ATSI): www.atsi.org',
                'Canadian Call Management Association (CAM-X): www.camx.ca',
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** The Spanish desk cards, the same four as in English. */
export const deskCardsEs: DeskCard[] = [
  {
    id: 'six-reminders',
    title: 'Seis recordatorios para atender quejas',
    sectionId: 'six-reminders',
    items: [
      { text: 'Escuche a quien llama' },
      { text: 'Entienda lo que le está diciendo' },
      { text: 'Reconozca su problema y muestre empatía; llámelo por su nombre' },
      { text: 'Avise que va a investigar el asunto; no admita la falla hasta tener todos los datos' },
      { text: 'Dese tiempo suficiente para investigar; dígale al cliente cuándo le devolverá la llamada', sub: ['Pedir tiempo le permite al cliente calmarse'] },
      { text: 'Mantenga la calma y un trato profesional; no se deje llevar por las emociones' },
    ],
  },
  {
    id: 'high-bill-checklist',
    title: 'Lista para quejas por «factura alta»',
    sectionId: 'high-bill',
    items: [
      { text: 'Revise la cantidad de mensajes y los estados de cuenta del cliente.' },
      { text: 'Observe la proporción entre llamadas y mensajes.' },
      { text: 'Revise los mensajes: intentos de entrega excesivos e información de guardia incorrecta.' },
      { text: '¿Hubo problemas del cliente que causaron más llamadas de lo normal?' },
      { text: '¿Influyó el clima en el volumen de llamadas de este cliente?' },
      { text: '¿Cierres planeados (feriados, eventos) o imprevistos (secretaria enferma, problemas de teléfono)?' },
      { text: '¿Problemas dentro del call center: equipos, líneas telefónicas, personal?' },
      { text: '¿Reestructurar la cuenta con funciones y tecnología nuevas?', sub: ['Eliminar opciones del menú reduce el tiempo de los agentes', 'La automatización reduce la carga de los agentes'] },
      { text: 'Envíele al cliente formas comprobadas de bajar su factura', sub: ['Saludos más cortos', 'Revisar mensajes sin papel y lápiz'] },
    ],
  },
  {
    id: 'aer',
    // The course's own name for the method is kept (trainers and the scorer's reasons say "A.E.R."); the intro spells it out.
    title: 'A.E.R.: desde el principio y seguido',
    intro: 'A.E.R. viene del inglés: reconocer, empatizar y tranquilizar (Acknowledge, Empathize, Reassure). Úselo al inicio de la llamada, en cuanto el cliente exprese su inconformidad o preocupación. Una sola vez puede no ser suficiente.',
    sectionId: 'six-reminders',
    items: [
      { title: 'Reconozca', text: 'Resuma el motivo de la llamada del cliente y repítaselo. Anote los puntos clave.' },
      { title: 'Empatice', text: '¿Cómo se sentiría usted si esto le pasara a usted o a un ser querido?' },
      { title: 'Tranquilice', text: 'Dígale que usted va a atender y resolver el asunto: hágase cargo.' },
    ],
  },
  {
    id: 'no-excuses',
    title: 'Excusas que nunca debe poner',
    intro: 'Poner excusas es un mecanismo normal de defensa, y es un error con una persona furiosa.',
    sectionId: 'no-excuses',
    items: [
      { text: '«Estábamos saturados de llamadas»' },
      { text: '«Faltaron agentes a su turno»' },
      { text: '«Un cliente pasó un comercial y nos entraron demasiadas llamadas al mismo tiempo»' },
      { text: '«Este agente es nuevo y no sabía»' },
      { text: '«El despachador estaba en su descanso y no vio este aviso»' },
    ],
  },
];
