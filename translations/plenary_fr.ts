<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AkomaNtoso</name>
    <message>
        <source>header field &apos;%1&apos;: character %2 cannot be written in XML</source>
        <translation>champ d’en-tête « %1 » : le caractère %2 ne peut pas être écrit en XML</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>cote</translation>
    </message>
    <message>
        <source>revision label</source>
        <translation>nom de la révision</translation>
    </message>
    <message>
        <source>revision identifier</source>
        <translation>identifiant de la révision</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>the %1 holds character %2, which XML cannot carry</source>
        <translation>le champ %1 contient le caractère %2, que XML ne peut pas porter</translation>
    </message>
    <message>
        <source>%1 (#%2), character %3: %4 cannot be written in XML</source>
        <translation>%1 (#%2), caractère %3 : %4 ne peut pas être écrit en XML</translation>
    </message>
    <message>
        <source>the document has no date: give it a &apos;date&apos; header field or export a revision with a date</source>
        <translation>le document n’a pas de date : ajoutez un champ d’en-tête « date » ou exportez une révision datée</translation>
    </message>
    <message>
        <source>the document&apos;s date &apos;%1&apos; is not of the form YYYY-MM-DD, and no revision date was given</source>
        <translation>la date du document « %1 » n’est pas de la forme AAAA-MM-JJ, et aucune date de révision n’a été donnée</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Distr.: %1</source>
        <translation>Distr. : %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original : %1</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Alternative %1 (%2)</source>
        <translation>Variante %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BlameCommand</name>
    <message>
        <source>Show, for each paragraph, the revision that last changed its text.</source>
        <translation>Afficher, pour chaque paragraphe, la révision qui en a modifié le texte en dernier.</translation>
    </message>
    <message>
        <source>[REV]</source>
        <translation>[RÉV]</translation>
    </message>
    <message>
        <source>give at most one revision</source>
        <translation>indiquez au plus une révision</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n&apos;a encore aucune révision</translation>
    </message>
</context>
<context>
    <name>BranchCommand</name>
    <message>
        <source>List the branches, or start a proposal: a new branch with a title.</source>
        <translation>Lister les branches, ou commencer une proposition : une nouvelle branche avec un titre.</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NOM]</translation>
    </message>
    <message>
        <source>The proposal&apos;s title, as readers know it (&quot;EU proposal on OP 7&quot;).</source>
        <translation>Le titre de la proposition, tel que les lecteurs le connaissent (« Proposition de l’UE sur le PO 7 »).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>give one name: plenary branch eu-op7 --title &quot;EU proposal on OP 7&quot;</source>
        <translation>donnez un seul nom : plenary branch eu-op7 --title &quot;Proposition de l’UE sur le PO 7&quot;</translation>
    </message>
    <message>
        <source>--title names a new proposal: plenary branch NAME --title TITLE</source>
        <translation>--title nomme une nouvelle proposition : plenary branch NOM --title TITRE</translation>
    </message>
    <message>
        <source>Started proposal %1 at revision %2; you are on it now.</source>
        <translation>Proposition %1 commencée à la révision %2 ; vous y êtes maintenant.</translation>
    </message>
</context>
<context>
    <name>BranchMerge</name>
    <message>
        <source>%1 (%2) has no %3</source>
        <translation>%1 (%2) n’a pas de %3</translation>
    </message>
    <message>
        <source>the text of %1 (%2) does not read: %3</source>
        <translation>le texte de %1 (%2) ne se lit pas : %3</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n’a encore aucune révision</translation>
    </message>
    <message>
        <source>%1 shares no history with %2: it is not a version of this negotiation</source>
        <translation>%1 n’a aucun historique commun avec %2 : ce n’est pas une version de cette négociation</translation>
    </message>
    <message>
        <source>the common revision</source>
        <translation>la révision commune</translation>
    </message>
    <message>
        <source>manifest: %1</source>
        <translation>manifeste : %1</translation>
    </message>
    <message>
        <source>%1 cannot hold alternatives: take one side with --ours or --theirs, or resolve them in the editor</source>
        <translation>%1 ne peut pas contenir de variantes : prenez un côté avec --ours ou --theirs, ou réglez-les dans l’éditeur</translation>
    </message>
    <message>
        <source>the merge still has conflicts</source>
        <translation>la fusion a encore des conflits</translation>
    </message>
    <message>
        <source>the merged text would not read: %1</source>
        <translation>le texte fusionné ne se lirait pas : %1</translation>
    </message>
    <message>
        <source>the merged manifest would not read: %1</source>
        <translation>le manifeste fusionné ne se lirait pas : %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusion de %1</translation>
    </message>
    <message>
        <source>Merge proposal %1 (%2)</source>
        <translation>Fusion de la proposition %1 (%2)</translation>
    </message>
    <message>
        <source>removed by %1, changed by %2</source>
        <translation>supprimé par %1, modifié par %2</translation>
    </message>
    <message>
        <source>changed by %1, removed by %2</source>
        <translation>modifié par %1, supprimé par %2</translation>
    </message>
    <message>
        <source>set differently by %1 and %2</source>
        <translation>défini différemment par %1 et %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>numbering</source>
        <translation>numérotation</translation>
    </message>
    <message>
        <source>changed differently by %1 and %2 (%3)</source>
        <translation>modifié différemment par %1 et %2 (%3)</translation>
    </message>
    <message>
        <source>%1&apos;s version kept</source>
        <translation>version de %1 gardée</translation>
    </message>
    <message>
        <source>%1&apos;s version taken</source>
        <translation>version de %1 retenue</translation>
    </message>
    <message>
        <source>both versions kept as alternatives</source>
        <translation>les deux versions gardées comme variantes</translation>
    </message>
    <message>
        <source>a text blended from both versions</source>
        <translation>un texte rédigé à partir des deux versions</translation>
    </message>
    <message>
        <source>Conflicts settled (%1): %2</source>
        <translation>Conflits réglés (%1) : %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check documents and summarise paragraphs, statuses, brackets and words.</source>
        <translation>Vérifier des documents et en résumer les paragraphes, statuts, crochets et mots.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>List every open bracketed span with its paragraph.</source>
        <translation>Lister chaque passage encore entre crochets, avec son paragraphe.</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message>
        <source>errors %1, warnings %2</source>
        <translation>erreurs : %1, avertissements : %2</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>titre : %1</translation>
    </message>
    <message>
        <source>kind: %1, language %2</source>
        <translation>type : %1, langue : %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>paragraphs: %1</source>
        <translation>paragraphes : %1</translation>
    </message>
    <message>
        <source>operative paragraphs: %1</source>
        <translation>paragraphes du dispositif : %1</translation>
    </message>
    <message>
        <source>narrative paragraphs: %1</source>
        <translation>paragraphes narratifs : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>inserted: %1</source>
        <translation>insérés : %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>statut : %1</translation>
    </message>
    <message>
        <source>open brackets: spans %1, alternative groups %2 (options %3)</source>
        <translation>crochets ouverts : passages — %1, groupes de variantes — %2 (variantes — %3)</translation>
    </message>
    <message>
        <source>words: %1</source>
        <translation>mots : %1</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(ligne %1)</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>Remove deleted paragraphs from the text (rewrites the file; history keeps them).</source>
        <translation>Retirer du texte les paragraphes supprimés (réécrit le fichier ; l&apos;historique les conserve).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>indiquez exactement un fichier</translation>
    </message>
    <message>
        <source>%1:%2: error: %3 refers to %4, which would be removed; remove or change the reference first</source>
        <translation>%1:%2: erreur : %3 renvoie à %4, qui serait retiré ; retirez ou modifiez d&apos;abord ce renvoi</translation>
    </message>
    <message>
        <source>%1: no deleted paragraphs; nothing to clean</source>
        <translation>%1: aucun paragraphe supprimé ; rien à nettoyer</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: paragraphes retirés : %2</translation>
    </message>
</context>
<context>
    <name>CloneCommand</name>
    <message>
        <source>Make your own copy of a negotiation from its shared remote.</source>
        <translation>Faire votre propre copie d’une négociation depuis son dépôt distant partagé.</translation>
    </message>
    <message>
        <source>URL DIR</source>
        <translation>URL DOSSIER</translation>
    </message>
    <message>
        <source>give the remote and a folder: plenary clone URL DIR</source>
        <translation>donnez le dépôt distant et un dossier : plenary clone URL DOSSIER</translation>
    </message>
    <message>
        <source>plenary: warning: %1 was cloned, but it is not a negotiation Plenary can open: %2</source>
        <translation>plenary : avertissement : %1 a été cloné, mais ce n’est pas une négociation que Plenary peut ouvrir : %2</translation>
    </message>
    <message>
        <source>Cloned %1 into %2 (branch %3).</source>
        <translation>%1 cloné dans %2 (branche %3).</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: plenary %1 [OPTIONS] %2</source>
        <translation>Usage : plenary %1 [OPTIONS] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Run &apos;plenary %1 --help&apos; for usage.</source>
        <translation>Lancez « plenary %1 --help » pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>printing needs the render module&apos;s application; none was made</source>
        <translation>l&apos;impression nécessite l&apos;application du module de rendu ; aucune n&apos;a été créée</translation>
    </message>
    <message>
        <source>the PDF could not be made: %1</source>
        <translation>impossible de produire le PDF : %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: plenary COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Usage : plenary COMMANDE [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Plenary drafts the negotiated texts of a conference: declarations, co-chair&apos;s summaries, statements.</source>
        <translation>Plenary sert à rédiger les textes négociés d&apos;une conférence : déclarations, résumés des coprésidents, communiqués.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show Plenary&apos;s version.</source>
        <translation>Afficher la version de Plenary.</translation>
    </message>
    <message>
        <source>Run &apos;plenary COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez « plenary COMMANDE --help » pour connaître les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>plenary: unknown option &apos;%1&apos;</source>
        <translation>plenary: option inconnue « %1 »</translation>
    </message>
    <message>
        <source>plenary: &apos;%1&apos; is not a plenary command</source>
        <translation>plenary: « %1 » n&apos;est pas une commande plenary</translation>
    </message>
    <message>
        <source>Run &apos;plenary --help&apos; for the list of commands.</source>
        <translation>Lancez « plenary --help » pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>plenary: error: %1</source>
        <translation>plenary: erreur : %1</translation>
    </message>
    <message>
        <source>plenary: no display: the editor needs a graphical session. Without one, use the commands check, fmt, renumber, clean, init, commit, log, show, diff, export, tag, tags, restore, blame, comment, comments, spell, status, branch, switch, merge, clone, pull, push and demo (see &apos;plenary --help&apos;).</source>
        <translation>plenary : pas d’affichage : l’éditeur a besoin d’une session graphique. Sans elle, utilisez les commandes check, fmt, renumber, clean, init, commit, log, show, diff, export, tag, tags, restore, blame, comment, comments, spell, status, branch, switch, merge, clone, pull, push et demo (voir « plenary --help »).</translation>
    </message>
</context>
<context>
    <name>CommandModule</name>
    <message>
        <source>the module %1 of this installation cannot be loaded (%2); reinstall Plenary</source>
        <translation>impossible de charger le module %1 de cette installation (%2) ; réinstallez Plenary</translation>
    </message>
</context>
<context>
    <name>CommentCommand</name>
    <message>
        <source>Comment on a paragraph, reply, resolve or reopen (one commit of the comments).</source>
        <translation>Commenter un paragraphe, répondre, résoudre ou rouvrir un commentaire (un commit des commentaires).</translation>
    </message>
    <message>
        <source>add --paragraph REF [--quote TEXT] -m BODY | reply ID -m BODY | resolve ID | reopen ID</source>
        <translation>add --paragraph RÉF [--quote CITATION] -m TEXTE | reply ID -m TEXTE | resolve ID | reopen ID</translation>
    </message>
    <message>
        <source>add: the paragraph (OP5bis, PP3, an identifier), as numbered in the last revision.</source>
        <translation>add : le paragraphe (OP5bis, PP3, un identifiant), selon la numérotation de la dernière révision.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>RÉF</translation>
    </message>
    <message>
        <source>add: the words of the paragraph commented on.</source>
        <translation>add : les mots du paragraphe qui sont commentés.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>CITATION</translation>
    </message>
    <message>
        <source>add, reply: the comment&apos;s text.</source>
        <translation>add, reply : le texte du commentaire.</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>give an action: add, reply, resolve or reopen</source>
        <translation>indiquez une action : add, reply, resolve ou reopen</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; expected add, reply, resolve or reopen</source>
        <translation>action inconnue « %1 » ; valeurs attendues : add, reply, resolve ou reopen</translation>
    </message>
    <message>
        <source>&apos;comment add&apos; takes no argument; name the paragraph with --paragraph REF</source>
        <translation>« comment add » n&apos;accepte aucun argument ; indiquez le paragraphe avec --paragraph RÉF</translation>
    </message>
    <message>
        <source>give the identifier of the comment: &apos;comment %1 ID&apos;</source>
        <translation>indiquez l&apos;identifiant du commentaire : « comment %1 ID »</translation>
    </message>
    <message>
        <source>a text is required: -m &quot;…&quot;</source>
        <translation>un texte est obligatoire : -m &quot;…&quot;</translation>
    </message>
    <message>
        <source>--paragraph and --quote are for &apos;comment add&apos;</source>
        <translation>--paragraph et --quote sont réservées à « comment add »</translation>
    </message>
    <message>
        <source>&apos;comment %1&apos; takes no text; answer with &apos;comment reply&apos;</source>
        <translation>« comment %1 » n&apos;accepte aucun texte ; répondez avec « comment reply »</translation>
    </message>
    <message>
        <source>name the paragraph: --paragraph REF (OP5bis, PP3, #id)</source>
        <translation>indiquez le paragraphe : --paragraph RÉF (OP5bis, PP3, #id)</translation>
    </message>
    <message>
        <source>--quote needs the words to quote</source>
        <translation>--quote attend les mots à citer</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n&apos;a encore aucune révision</translation>
    </message>
    <message>
        <source>%1 has changes that are not committed; commit them first (&apos;plenary commit&apos;) so that none is lost</source>
        <translation>%1 contient des modifications non enregistrées ; enregistrez-les d&apos;abord (« plenary commit ») pour n&apos;en perdre aucune</translation>
    </message>
    <message>
        <source>no paragraph &apos;%1&apos; in revision %2</source>
        <translation>aucun paragraphe « %1 » dans la révision %2</translation>
    </message>
    <message>
        <source>%1 does not contain &quot;%2&quot; in revision %3</source>
        <translation>%1 ne contient pas « %2 » dans la révision %3</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>no comment &apos;%1&apos; in revision %2</source>
        <translation>aucun commentaire « %1 » dans la révision %2</translation>
    </message>
    <message>
        <source>Reply to comment %1 on %2</source>
        <translation>Réponse au commentaire %1 sur %2</translation>
    </message>
    <message>
        <source>Resolve comment %1 on %2</source>
        <translation>Résolution du commentaire %1 sur %2</translation>
    </message>
    <message>
        <source>Reopen comment %1 on %2</source>
        <translation>Réouverture du commentaire %1 sur %2</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>commentaire %1 résolu</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>commentaire %1 rouvert</translation>
    </message>
    <message>
        <source>plenary comment: warning: %1</source>
        <translation>plenary comment: avertissement : %1</translation>
    </message>
</context>
<context>
    <name>CommentEvent</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>ce n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>le champ &quot;%1&quot; doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier (4 to 32 characters from 0-9 and a-z): &apos;%2&apos;</source>
        <translation>le champ &quot;%1&quot; ne contient pas un identifiant (de 4 à 32 caractères parmi 0-9 et a-z) : « %2 »</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>événement inconnu « %1 »</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO 8601 date and time with its UTC offset, not &apos;%1&apos;</source>
        <translation>le champ &quot;time&quot; doit être une date et une heure ISO 8601 avec leur décalage UTC, et non « %1 »</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a whole number of characters, 0 or more</source>
        <translation>le champ &quot;at&quot; doit être un nombre entier de caractères, 0 ou plus</translation>
    </message>
</context>
<context>
    <name>CommentLog</name>
    <message>
        <source>%1; the line is kept as it is</source>
        <translation>%1 ; la ligne est conservée telle quelle</translation>
    </message>
    <message>
        <source>identifier &apos;%1&apos; is already used on line %2; this line is ignored</source>
        <translation>l&apos;identifiant « %1 » est déjà utilisé à la ligne %2 ; cette ligne est ignorée</translation>
    </message>
    <message>
        <source>a reply to &apos;%1&apos;, which is not a comment in this file</source>
        <translation>réponse à « %1 », qui n&apos;est pas un commentaire de ce fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comment or reply in this file</source>
        <translation>« %1 » n&apos;est ni un commentaire ni une réponse de ce fichier</translation>
    </message>
    <message>
        <source>an edit of &apos;%1&apos; by someone other than its author is ignored</source>
        <translation>une modification de « %1 » faite par une autre personne que son auteur est ignorée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reply; only comments are resolved and reopened</source>
        <translation>« %1 » est une réponse ; seuls les commentaires sont résolus et rouverts</translation>
    </message>
    <message>
        <source>a comment needs an author and a delegation</source>
        <translation>un commentaire doit avoir un auteur et une délégation</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translation>un commentaire doit avoir un texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paragraph identifier</source>
        <translation>« %1 » n&apos;est pas un identifiant de paragraphe</translation>
    </message>
    <message>
        <source>the quoted text is empty</source>
        <translation>le texte cité est vide</translation>
    </message>
    <message>
        <source>no comment &apos;%1&apos;</source>
        <translation>aucun commentaire « %1 »</translation>
    </message>
    <message>
        <source>no comment or reply &apos;%1&apos;</source>
        <translation>aucun commentaire ni aucune réponse « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by %2; only its author can edit it</source>
        <translation>« %1 » a été écrit par %2 ; seul son auteur peut le modifier</translation>
    </message>
    <message>
        <source>comment &apos;%1&apos; is already resolved</source>
        <translation>le commentaire « %1 » est déjà résolu</translation>
    </message>
    <message>
        <source>comment &apos;%1&apos; is open, not resolved</source>
        <translation>le commentaire « %1 » est ouvert, et non résolu</translation>
    </message>
</context>
<context>
    <name>CommentsCommand</name>
    <message>
        <source>List comments and replies: id, paragraph, delegation, state, quote, text.</source>
        <translation>Lister les commentaires et les réponses : identifiant, paragraphe, délégation, état, citation, texte.</translation>
    </message>
    <message>
        <source>Only comments that are open, with their replies.</source>
        <translation>Uniquement les commentaires ouverts, avec leurs réponses.</translation>
    </message>
    <message>
        <source>The comments as they were at this revision (default: the last).</source>
        <translation>Les commentaires tels qu&apos;ils étaient dans cette révision (par défaut : la dernière).</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>RÉV</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n&apos;a encore aucune révision</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>%1, text changed</source>
        <translation>%1, texte modifié</translation>
    </message>
    <message>
        <source>%1, orphaned</source>
        <translation>%1, paragraphe retiré</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
</context>
<context>
    <name>CommitCommand</name>
    <message>
        <source>Save the working text as a new revision (one commit).</source>
        <translation>Enregistrer le texte de travail comme nouvelle révision (un commit).</translation>
    </message>
    <message>
        <source>Describe the change (required).</source>
        <translation>Description de la modification (obligatoire).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>a message is required: -m &quot;what changed&quot;</source>
        <translation>un message est obligatoire : -m &quot;ce qui a changé&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was committed</source>
        <translation>%1 contient des erreurs ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>plenary commit: warning: %1</source>
        <translation>plenary commit: avertissement : %1</translation>
    </message>
    <message>
        <source>nothing to commit: the text is the same as in revision %1</source>
        <translation>rien à enregistrer : le texte est identique à celui de la révision %1</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>no differences</source>
        <translation>aucune différence</translation>
    </message>
    <message>
        <source>paragraphs: added %1, deleted %2, changed %3, moved %4</source>
        <translation>paragraphes : ajoutés — %1, supprimés — %2, modifiés — %3, déplacés — %4</translation>
    </message>
    <message>
        <source>status changes %1 (marked deleted %2)</source>
        <translation>changements de statut : %1 (dont marqués supprimés : %2)</translation>
    </message>
    <message>
        <source>kind changes %1</source>
        <translation>changements de type : %1</translation>
    </message>
    <message>
        <source>brackets: opened %1, closed %2</source>
        <translation>crochets : ouverts — %1, fermés — %2</translation>
    </message>
    <message>
        <source>words: inserted %1, deleted %2</source>
        <translation>mots : insérés — %1, supprimés — %2</translation>
    </message>
    <message>
        <source>header changed</source>
        <translation>en-tête modifié</translation>
    </message>
    <message>
        <source>simplified: %1 paragraphs changed too much for the smallest difference; their redline marks more than the minimum</source>
        <translation>simplification : paragraphes trop modifiés pour calculer la plus petite différence — %1 ; leur marquage signale plus que le strict minimum</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the sample negotiation: the bundled declaration over its revisions.</source>
        <translation>Créer la négociation d&apos;exemple : la déclaration fournie, avec ses révisions successives.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>give the directory to create</source>
        <translation>indiquez le dossier à créer</translation>
    </message>
    <message>
        <source>created the sample negotiation in %1</source>
        <translation>négociation d&apos;exemple créée dans %1</translation>
    </message>
</context>
<context>
    <name>DemoNegotiation</name>
    <message>
        <source>the sample negotiation is missing from this build of Plenary</source>
        <translation>la négociation d&apos;exemple est absente de cette version de Plenary</translation>
    </message>
    <message>
        <source>the sample negotiation&apos;s history is damaged</source>
        <translation>l&apos;historique de la négociation d&apos;exemple est endommagé</translation>
    </message>
    <message>
        <source>the sample revision %1 does not read</source>
        <translation>la révision d&apos;exemple %1 est illisible</translation>
    </message>
    <message>
        <source>the sample comments are damaged: %1</source>
        <translation>les commentaires d&apos;exemple sont endommagés : %1</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>DictionaryLocator</name>
    <message>
        <source>no %1 dictionary: install %2</source>
        <translation>aucun dictionnaire pour la langue %1 : installez %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Compare two revisions, or a revision and the working text, as a redline.</source>
        <translation>Comparer deux révisions, ou une révision et le texte de travail, en marquant les modifications.</translation>
    </message>
    <message>
        <source>[REV_A [REV_B]]</source>
        <translation>[RÉV_A [RÉV_B]]</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Leave out the paragraphs that did not change.</source>
        <translation>Omettre les paragraphes qui n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>Print only the summary: paragraphs added, deleted, changed, moved; brackets; words.</source>
        <translation>Afficher seulement le résumé : paragraphes ajoutés, supprimés, modifiés, déplacés ; crochets ; mots.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>Écrire dans FICHIER (de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>give at most two revisions</source>
        <translation>indiquez au plus deux révisions</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n&apos;a encore aucune révision</translation>
    </message>
    <message>
        <source>plenary diff: %1: %2</source>
        <translation>plenary diff: %1 : %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>cannot read the working text %1: %2</source>
        <translation>impossible de lire le texte de travail %1 : %2</translation>
    </message>
    <message>
        <source>working text</source>
        <translation>texte de travail</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Output format: text (default), html or pdf.</source>
        <translation>Format de sortie : text (par défaut), html ou pdf.</translation>
    </message>
    <message>
        <source>HTML or PDF in two columns: text proposed | amendment.</source>
        <translation>HTML ou PDF sur deux colonnes : texte proposé | amendement.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected text, html or pdf</source>
        <translation>format « %1 » inconnu ; attendu : text, html ou pdf</translation>
    </message>
    <message>
        <source>write the PDF to a file: -o FILE</source>
        <translation>écrivez le PDF dans un fichier : -o FICHIER</translation>
    </message>
    <message>
        <source>--stat prints the summary as text; it takes no --format html or pdf, --columns or --changed-only</source>
        <translation>--stat imprime le résumé en texte ; il ne prend ni --format html ou pdf, ni --columns, ni --changed-only</translation>
    </message>
    <message>
        <source>--columns needs --format html or pdf</source>
        <translation>--columns demande --format html ou pdf</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>file is %1 bytes long; the largest allowed is %2</source>
        <translation>le fichier fait %1 octets ; le maximum autorisé est %2</translation>
    </message>
    <message>
        <source>%1: error: cannot write: %2</source>
        <translation>%1: erreur : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: the file has errors; it was not changed</source>
        <translation>%1: le fichier contient des erreurs ; il n&apos;a pas été modifié</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Distr.: %1</source>
        <translation>Distr. : %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original : %1</translation>
    </message>
    <message>
        <source>No paragraph #%1 in this document</source>
        <translation>Aucun paragraphe #%1 dans ce document</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>NUL byte in the text</source>
        <translation>octet NUL dans le texte</translation>
    </message>
    <message>
        <source>carriage return (CR/LF line end); lines must end with LF alone</source>
        <translation>retour chariot (fin de ligne CR/LF) ; les lignes doivent se terminer par LF seul</translation>
    </message>
    <message>
        <source>control character %1 in the text</source>
        <translation>caractère de contrôle %1 dans le texte</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte %1</source>
        <translation>octet UTF-8 non valide %1</translation>
    </message>
    <message>
        <source>expected the header line &apos;format: plenary 1&apos;</source>
        <translation>ligne d&apos;en-tête « format: plenary 1 » attendue</translation>
    </message>
    <message>
        <source>unsupported format version &apos;%1&apos;; this Plenary reads version 1</source>
        <translation>version de format « %1 » non prise en charge ; cette version de Plenary lit la version 1</translation>
    </message>
    <message>
        <source>expected a header line &apos;key: value&apos;</source>
        <translation>ligne d&apos;en-tête « key: value » attendue</translation>
    </message>
    <message>
        <source>header field &apos;%1&apos; appears twice (first on line %2)</source>
        <translation>le champ d&apos;en-tête « %1 » apparaît deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>the &apos;format&apos; line must be the first line</source>
        <translation>la ligne « format » doit être la première ligne</translation>
    </message>
    <message>
        <source>unknown document kind &apos;%1&apos;; expected declaration, summary or statement</source>
        <translation>type de document inconnu « %1 » ; valeurs attendues : declaration, summary ou statement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BCP 47 language tag (such as en, fr, zh-Hans)</source>
        <translation>« %1 » n&apos;est pas une étiquette de langue BCP 47 (comme en, fr, zh-Hans)</translation>
    </message>
    <message>
        <source>unknown distribution &apos;%1&apos;; expected general, limited or restricted</source>
        <translation>distribution inconnue « %1 » ; valeurs attendues : general, limited ou restricted</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not of the form YYYY-MM-DD</source>
        <translation>la date « %1 » n&apos;est pas au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown header field &apos;%1&apos; (kept as it is)</source>
        <translation>champ d&apos;en-tête inconnu « %1 » (conservé tel quel)</translation>
    </message>
    <message>
        <source>missing header field &apos;%1&apos;</source>
        <translation>champ d&apos;en-tête « %1 » manquant</translation>
    </message>
    <message>
        <source>bidirectional control character %1 can make the text read differently from what it says</source>
        <translation>le caractère de contrôle bidirectionnel %1 peut faire lire le texte autrement qu&apos;il n&apos;est écrit</translation>
    </message>
    <message>
        <source>expected a paragraph &apos;KIND #ID STATUS: TEXT&apos;</source>
        <translation>paragraphe « KIND #ID STATUS: TEXT » attendu</translation>
    </message>
    <message>
        <source>unknown paragraph kind &apos;%1&apos;; expected heading, chapeau, pp, op, sub, subsub or para</source>
        <translation>type de paragraphe inconnu « %1 » ; valeurs attendues : heading, chapeau, pp, op, sub, subsub ou para</translation>
    </message>
    <message>
        <source>identifier &apos;%1&apos; must be 4 to 32 characters from 0-9 and a-z</source>
        <translation>l&apos;identifiant « %1 » doit compter de 4 à 32 caractères parmi 0-9 et a-z</translation>
    </message>
    <message>
        <source>second identifier &apos;%1&apos;; the paragraph is already #%2</source>
        <translation>second identifiant « %1 » ; le paragraphe est déjà #%2</translation>
    </message>
    <message>
        <source>second status &apos;%1&apos;; the paragraph is already &apos;%2&apos;</source>
        <translation>second statut « %1 » ; le paragraphe est déjà « %2 »</translation>
    </message>
    <message>
        <source>unknown word &apos;%1&apos;; expected a status (proposed, adref, agreed, deleted) or &apos;numbered&apos;</source>
        <translation>mot inconnu « %1 » ; attendu : un statut (proposed, adref, agreed, deleted) ou « numbered »</translation>
    </message>
    <message>
        <source>paragraph has no identifier; Plenary will assign one when it writes the file</source>
        <translation>le paragraphe n&apos;a pas d&apos;identifiant ; Plenary lui en attribuera un en écrivant le fichier</translation>
    </message>
    <message>
        <source>identifier #%1 is already used on line %2</source>
        <translation>l&apos;identifiant #%1 est déjà utilisé à la ligne %2</translation>
    </message>
    <message>
        <source>sub-paragraph has no paragraph above it to belong to</source>
        <translation>l&apos;alinéa n&apos;est précédé d&apos;aucun paragraphe auquel se rattacher</translation>
    </message>
    <message>
        <source>second-level sub-paragraph has no sub-paragraph above it</source>
        <translation>le sous-alinéa n&apos;est précédé d&apos;aucun alinéa</translation>
    </message>
    <message>
        <source>unbalanced &apos;[&apos;: this bracket is never closed</source>
        <translation>« [ » sans correspondance : ce crochet n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>unbalanced &apos;]&apos;: no &apos;[&apos; is open here</source>
        <translation>« ] » sans correspondance : aucun « [ » n&apos;est ouvert ici</translation>
    </message>
    <message>
        <source>opening words start with &apos;*&apos; but are not closed by a second &apos;*&apos;</source>
        <translation>les premiers mots commencent par « * » mais ne sont pas fermés par un second « * »</translation>
    </message>
    <message>
        <source>cross-reference to #%1, which is not a paragraph of this document</source>
        <translation>renvoi à #%1, qui n&apos;est pas un paragraphe de ce document</translation>
    </message>
    <message>
        <source>file is %1 bytes long; the largest allowed is %2</source>
        <translation>le fichier fait %1 octets ; le maximum autorisé est %2</translation>
    </message>
    <message>
        <source>empty file: expected the header line &apos;format: plenary 1&apos;</source>
        <translation>fichier vide : ligne d&apos;en-tête « format: plenary 1 » attendue</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets (U+FEFF) ; enregistrez-le en UTF-8 sans BOM</translation>
    </message>
    <message>
        <source>line is %1 bytes long; the longest allowed is %2</source>
        <translation>la ligne fait %1 octets ; le maximum autorisé est %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The revision to export (default: the latest).</source>
        <translation>La révision à exporter (par défaut : la dernière).</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>RÉV</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE (atomically; - for standard output); by default a name made of the symbol and the revision, in the current directory.</source>
        <translation>Écrire dans FICHIER (de façon atomique ; - pour la sortie standard) ; par défaut un nom formé de la cote et de la révision, dans le dossier courant.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The final text: no DRAFT mark; refused unless the finalise check passes.</source>
        <translation>Le texte final : sans la mention PROJET ; refusé tant que la vérification finale échoue.</translation>
    </message>
    <message>
        <source>With --final: export even though the check fails, and say so in the PDF&apos;s keywords.</source>
        <translation>Avec --final : exporter même si la vérification échoue, et l’indiquer dans les mots-clés du PDF.</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Format du papier : a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>export takes no arguments; name the revision with --rev</source>
        <translation>export ne prend pas d’argument ; indiquez la révision avec --rev</translation>
    </message>
    <message>
        <source>unknown paper &apos;%1&apos;; expected a4 or letter</source>
        <translation>papier « %1 » inconnu ; attendu : a4 ou letter</translation>
    </message>
    <message>
        <source>--force only makes sense with --final</source>
        <translation>--force n’a de sens qu’avec --final</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n’a encore aucune révision</translation>
    </message>
    <message>
        <source>plenary export: the text is not ready to be issued as final (%1 blockers):</source>
        <translation>plenary export : le texte n’est pas prêt à être publié comme final (obstacles : %1) :</translation>
    </message>
    <message>
        <source>Resolve them, or export with --final --force.</source>
        <translation>Levez-les, ou exportez avec --final --force.</translation>
    </message>
    <message>
        <source>plenary export: warning: exported as final despite %1 blockers:</source>
        <translation>plenary export : avertissement : exporté comme final malgré des obstacles (%1) :</translation>
    </message>
    <message>
        <source>write the PDF to a file, not to a terminal</source>
        <translation>écrivez le PDF dans un fichier, pas dans un terminal</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Export a revision as the secretariat issues it: PDF, ODT, HTML, plain text or Akoma Ntoso XML.</source>
        <translation>Exporter une révision telle que le secrétariat la publie : PDF, ODT, HTML, texte brut ou XML Akoma Ntoso.</translation>
    </message>
    <message>
        <source>Output format: pdf (default), odt, html, txt or akn (Akoma Ntoso XML).</source>
        <translation>Format de sortie : pdf (par défaut), odt, html, txt ou akn (XML Akoma Ntoso).</translation>
    </message>
    <message>
        <source>Open comments as numbered endnotes (every format but akn).</source>
        <translation>Les commentaires ouverts en notes de fin numérotées (tous les formats sauf akn).</translation>
    </message>
    <message>
        <source>Line numbers in the margin, restarting on each page (pdf).</source>
        <translation>Numéros de ligne dans la marge, recommençant à chaque page (pdf).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected %2</source>
        <translation>format inconnu « %1 » ; valeurs attendues : %2</translation>
    </message>
    <message>
        <source>--comments is not available for %1</source>
        <translation>--comments n’est pas disponible pour %1</translation>
    </message>
    <message>
        <source>--line-numbers is only available for pdf: other formats have no fixed pages</source>
        <translation>--line-numbers n’est disponible que pour pdf : les autres formats n’ont pas de pages fixes</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>spelling</source>
        <translation>orthographe</translation>
    </message>
    <message>
        <source>pdf, html, txt, odt or akn</source>
        <translation>pdf, html, txt, odt ou akn</translation>
    </message>
</context>
<context>
    <name>FinaliseCheck</name>
    <message>
        <source>misspelled word &apos;%1&apos;</source>
        <translation>mot mal orthographié « %1 »</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>deleted paragraph not yet cleaned from the text</source>
        <translation>paragraphe supprimé pas encore retiré du texte</translation>
    </message>
    <message>
        <source>paragraph not agreed (%1)</source>
        <translation>paragraphe non agréé (%1)</translation>
    </message>
    <message>
        <source>1 square bracket left</source>
        <translation>1 crochet restant</translation>
    </message>
    <message>
        <source>%1 square brackets left</source>
        <translation>%1 crochets restants</translation>
    </message>
    <message>
        <source>1 unbalanced square bracket</source>
        <translation>1 crochet non apparié</translation>
    </message>
    <message>
        <source>%1 unbalanced square brackets</source>
        <translation>%1 crochets non appariés</translation>
    </message>
    <message>
        <source>1 alternative left</source>
        <translation>1 variante restante</translation>
    </message>
    <message>
        <source>%1 alternatives left</source>
        <translation>%1 variantes restantes</translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation>commentaire %1</translation>
    </message>
    <message>
        <source>open comment by %1 (%2)</source>
        <translation>commentaire ouvert de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FmtCommand</name>
    <message>
        <source>Print a document in canonical form, or rewrite it in place.</source>
        <translation>Afficher un document sous forme canonique, ou le réécrire sur place.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Rewrite the file atomically instead of printing it.</source>
        <translation>Réécrire le fichier de façon atomique au lieu de l&apos;afficher.</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>indiquez exactement un fichier</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>author &apos;%1&apos; is not of the form &apos;Name &lt;email&gt;&apos;</source>
        <translation>l&apos;auteur « %1 » n&apos;est pas de la forme « Name &lt;email&gt; »</translation>
    </message>
    <message>
        <source>no author name: use --author &quot;Name &lt;email&gt;&quot;, set PLENARY_AUTHOR, or set git&apos;s user.name</source>
        <translation>aucun nom d&apos;auteur : utilisez --author &quot;Name &lt;email&gt;&quot;, définissez PLENARY_AUTHOR ou le paramètre user.name de git</translation>
    </message>
    <message>
        <source>no delegation: a save must say which delegation it is made for; use --delegation CODE or set PLENARY_DELEGATION</source>
        <translation>aucune délégation : chaque enregistrement doit indiquer pour quelle délégation il est fait ; utilisez --delegation CODE ou définissez PLENARY_DELEGATION</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new negotiation repository with an empty document.</source>
        <translation>Créer un nouveau dépôt de négociation contenant un document vide.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>declaration, summary or statement (default: declaration).</source>
        <translation>declaration, summary ou statement (par défaut : declaration).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The document&apos;s title (required).</source>
        <translation>Titre du document (obligatoire).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>Language of the text, a BCP 47 tag (default: en).</source>
        <translation>Langue du texte, étiquette BCP 47 (par défaut : en).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>A participating delegation, CODE=Name (repeat for each).</source>
        <translation>Une délégation participante, CODE=Nom (à répéter pour chacune).</translation>
    </message>
    <message>
        <source>CODE=NAME</source>
        <translation>CODE=NOM</translation>
    </message>
    <message>
        <source>The secretariat&apos;s delegation (default: the first).</source>
        <translation>Délégation assurant le secrétariat (par défaut : la première).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Create as this drafter: &quot;Name &lt;email&gt;&quot;.</source>
        <translation>Créer en tant que ce rédacteur : &quot;Name &lt;email&gt;&quot;.</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <source>give the directory to create</source>
        <translation>indiquez le dossier à créer</translation>
    </message>
    <message>
        <source>a title is required: --title &quot;…&quot;</source>
        <translation>un titre est obligatoire : --title &quot;…&quot;</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected declaration, summary or statement</source>
        <translation>type inconnu « %1 » ; valeurs attendues : declaration, summary ou statement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BCP 47 language tag (such as en, fr, zh-Hans)</source>
        <translation>« %1 » n&apos;est pas une étiquette de langue BCP 47 (comme en, fr, zh-Hans)</translation>
    </message>
    <message>
        <source>--delegation needs CODE=Name, not &apos;%1&apos;</source>
        <translation>--delegation attend CODE=Nom, et non « %1 »</translation>
    </message>
    <message>
        <source>delegation code &apos;%1&apos; must be 2 to 12 characters from A-Z, 0-9 and &apos;-&apos;</source>
        <translation>le code de délégation « %1 » doit compter de 2 à 12 caractères parmi A-Z, 0-9 et « - »</translation>
    </message>
    <message>
        <source>delegation %1 is given twice</source>
        <translation>la délégation %1 est indiquée deux fois</translation>
    </message>
    <message>
        <source>name at least one delegation: --delegation CODE=Name</source>
        <translation>indiquez au moins une délégation : --delegation CODE=Nom</translation>
    </message>
    <message>
        <source>the secretariat %1 is not one of the delegations given</source>
        <translation>le secrétariat %1 ne fait pas partie des délégations indiquées</translation>
    </message>
    <message>
        <source>author &apos;%1&apos; is not of the form &apos;Name &lt;email&gt;&apos;</source>
        <translation>l&apos;auteur « %1 » n&apos;est pas de la forme « Name &lt;email&gt; »</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>New %1: %2</source>
        <translation>Nouveau document (%1) : %2</translation>
    </message>
    <message>
        <source>created the negotiation repository %1</source>
        <translation>dépôt de négociation %1 créé</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>List revisions, newest first: id, date, author, delegation, message, tags.</source>
        <translation>Lister les révisions, de la plus récente à la plus ancienne : identifiant, date, auteur, délégation, message, étiquettes.</translation>
    </message>
    <message>
        <source>[REV]</source>
        <translation>[RÉV]</translation>
    </message>
    <message>
        <source>Show at most N revisions.</source>
        <translation>Afficher au plus N révisions.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only revisions saved for this delegation.</source>
        <translation>Uniquement les révisions enregistrées pour cette délégation.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only revisions from this date on (YYYY-MM-DD).</source>
        <translation>Uniquement les révisions à partir de cette date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only revisions that changed this paragraph (OP5bis, PP3, an identifier).</source>
        <translation>Uniquement les révisions qui ont modifié ce paragraphe (OP5bis, PP3, un identifiant).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>RÉF</translation>
    </message>
    <message>
        <source>give at most one revision</source>
        <translation>indiquez au plus une révision</translation>
    </message>
    <message>
        <source>-n needs a number, not &apos;%1&apos;</source>
        <translation>-n attend un nombre, et non « %1 »</translation>
    </message>
    <message>
        <source>--since needs a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--since attend une date YYYY-MM-DD, et non « %1 »</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n&apos;a encore aucune révision</translation>
    </message>
    <message>
        <source>no paragraph &apos;%1&apos; in revision %2</source>
        <translation>aucun paragraphe « %1 » dans la révision %2</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>the manifest is not valid UTF-8</source>
        <translation>le manifeste n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;</source>
        <translation>« key: value » attendu</translation>
    </message>
    <message>
        <source>expected the first line &apos;format: plenary-manifest 1&apos;</source>
        <translation>première ligne « format: plenary-manifest 1 » attendue</translation>
    </message>
    <message>
        <source>delegation code &apos;%1&apos; must be 2 to 12 characters from A-Z, 0-9 and &apos;-&apos;</source>
        <translation>le code de délégation « %1 » doit compter de 2 à 12 caractères parmi A-Z, 0-9 et « - »</translation>
    </message>
    <message>
        <source>delegation %1 is listed twice</source>
        <translation>la délégation %1 figure deux fois</translation>
    </message>
    <message>
        <source>expected a colour &apos;#rrggbb&apos; before the delegation&apos;s name</source>
        <translation>couleur « #rrggbb » attendue avant le nom de la délégation</translation>
    </message>
    <message>
        <source>delegation %1 has no name</source>
        <translation>la délégation %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the manifest names no secretariat (&apos;secretariat: CODE&apos;)</source>
        <translation>le manifeste ne désigne aucun secrétariat (« secretariat: CODE »)</translation>
    </message>
    <message>
        <source>the secretariat %1 is not one of the manifest&apos;s delegations</source>
        <translation>le secrétariat %1 ne fait pas partie des délégations du manifeste</translation>
    </message>
</context>
<context>
    <name>ManifestMerge</name>
    <message>
        <source>line %1 of %2&apos;s manifest is not &apos;key: value&apos;</source>
        <translation>la ligne %1 du manifeste de %2 n’est pas de la forme « clé: valeur »</translation>
    </message>
    <message>
        <source>line %1 of %2&apos;s manifest gives &apos;%3&apos; a second time</source>
        <translation>la ligne %1 du manifeste de %2 donne « %3 » une seconde fois</translation>
    </message>
    <message>
        <source>the base</source>
        <translation>la base</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; must be one line</source>
        <translation>la valeur de « %1 » doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>manifest key &apos;%1&apos; cannot hold alternatives; take ours, theirs or a blend</source>
        <translation>la clé de manifeste « %1 » ne peut pas contenir de variantes ; prenez la nôtre, la leur ou une synthèse</translation>
    </message>
    <message>
        <source>there is no conflict %1; the manifest&apos;s conflicts are numbered 1 to %2</source>
        <translation>il n’y a pas de conflit %1 ; les conflits du manifeste sont numérotés de 1 à %2</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge a proposal (a branch) into the current branch, paragraph by paragraph.</source>
        <translation>Fusionner une proposition (une branche) dans la branche courante, paragraphe par paragraphe.</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCHE</translation>
    </message>
    <message>
        <source>Keep both versions of every conflicting paragraph as bracketed alternatives attributed to their delegations.</source>
        <translation>Garder les deux versions de chaque paragraphe en conflit comme variantes entre crochets attribuées à leurs délégations.</translation>
    </message>
    <message>
        <source>Settle every conflict with the current branch&apos;s version.</source>
        <translation>Régler chaque conflit avec la version de la branche courante.</translation>
    </message>
    <message>
        <source>Settle every conflict with the merged branch&apos;s version.</source>
        <translation>Régler chaque conflit avec la version de la branche fusionnée.</translation>
    </message>
    <message>
        <source>choose one of --alternatives, --ours and --theirs</source>
        <translation>choisissez une seule option parmi --alternatives, --ours et --theirs</translation>
    </message>
    <message>
        <source>%1 has changes not saved as a revision; commit them before merging (&apos;plenary commit -m MESSAGE&apos;)</source>
        <translation>%1 a des modifications non enregistrées comme révision ; enregistrez-les avant de fusionner (« plenary commit -m MESSAGE »)</translation>
    </message>
    <message>
        <source>Already up to date with %1.</source>
        <translation>Déjà à jour avec %1.</translation>
    </message>
    <message>
        <source>plenary: warning: %1</source>
        <translation>plenary : avertissement : %1</translation>
    </message>
    <message>
        <source>Fast-forward to %1 (%2).</source>
        <translation>Avance rapide jusqu’à %1 (%2).</translation>
    </message>
    <message>
        <source>plenary %1: %2 (%3) and %4 (%5) disagree; nothing was changed:</source>
        <translation>plenary %1 : %2 (%3) et %4 (%5) divergent ; rien n’a été modifié :</translation>
    </message>
    <message>
        <source>Settle them with --alternatives, --ours or --theirs, or in the editor.</source>
        <translation>Réglez-les avec --alternatives, --ours ou --theirs, ou dans l’éditeur.</translation>
    </message>
    <message>
        <source>Merged %1 into %2: revision %3%4.</source>
        <translation>%1 fusionné dans %2 : révision %3%4.</translation>
    </message>
    <message>
        <source> (conflicts settled: %1)</source>
        <translation> (conflits réglés : %1)</translation>
    </message>
    <message>
        <source>name the branch to merge: plenary merge eu-op7</source>
        <translation>nommez la branche à fusionner : plenary merge eu-op7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the current branch; name another one</source>
        <translation>« %1 » est la branche courante ; nommez-en une autre</translation>
    </message>
    <message>
        <source>there is no branch &apos;%1&apos;; &apos;plenary branch&apos; lists them</source>
        <translation>il n’y a pas de branche « %1 » ; « plenary branch » les liste</translation>
    </message>
</context>
<context>
    <name>MergeResult</name>
    <message>
        <source>header field &apos;%1&apos; cannot hold alternatives; take ours, theirs or a blend</source>
        <translation>le champ d’en-tête « %1 » ne peut pas contenir de variantes ; prenez le nôtre, le leur ou une synthèse</translation>
    </message>
    <message>
        <source>a blend must be one line; it has a line break at column %1</source>
        <translation>une synthèse doit tenir sur une ligne ; elle a un saut de ligne à la colonne %1</translation>
    </message>
    <message>
        <source>control character U+%1 in the blend at column %2</source>
        <translation>caractère de contrôle U+%1 dans la synthèse à la colonne %2</translation>
    </message>
    <message>
        <source>unknown document kind &apos;%1&apos;; expected declaration, summary or statement</source>
        <translation>type de document inconnu « %1 » ; valeurs attendues : declaration, summary ou statement</translation>
    </message>
    <message>
        <source>unbalanced &apos;[&apos; in the blend at column %1: this bracket is never closed</source>
        <translation>« [ » non équilibré dans la synthèse à la colonne %1 : ce crochet n’est jamais fermé</translation>
    </message>
    <message>
        <source>unbalanced &apos;]&apos; in the blend at column %1: no &apos;[&apos; is open here</source>
        <translation>« ] » non équilibré dans la synthèse à la colonne %1 : aucun « [ » n’est ouvert ici</translation>
    </message>
    <message>
        <source>the blend&apos;s opening words start with &apos;*&apos; but are not closed by a second &apos;*&apos;</source>
        <translation>les premiers mots de la synthèse commencent par « * » mais ne sont pas fermés par un second « * »</translation>
    </message>
    <message>
        <source>there is no conflict %1; the merge&apos;s conflicts are numbered 1 to %2</source>
        <translation>il n’y a pas de conflit %1 ; les conflits de la fusion sont numérotés de 1 à %2</translation>
    </message>
</context>
<context>
    <name>NegotiationRepository</name>
    <message>
        <source>repository busy: another save is in progress; retry in a moment</source>
        <translation>dépôt occupé : un autre enregistrement est en cours ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>« %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not inside a git repository; create a negotiation with &apos;plenary init DIR&apos;</source>
        <translation>« %1 » n&apos;est pas dans un dépôt git ; créez une négociation avec « plenary init DOSSIER »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a bare repository; Plenary works in a clone with a working directory (&apos;git clone %1 DIR&apos;)</source>
        <translation>« %1 » est un dépôt nu ; Plenary travaille dans un clone doté d&apos;un répertoire de travail (« git clone %1 DOSSIER »)</translation>
    </message>
    <message>
        <source>HEAD is detached in &apos;%1&apos;; switch to a branch first (&apos;git switch main&apos;)</source>
        <translation>HEAD est détachée dans « %1 » ; passez d&apos;abord sur une branche (« git switch main »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a git repository but not a Plenary negotiation: it has no %2</source>
        <translation>« %1 » est un dépôt git, mais pas une négociation Plenary : il n&apos;a pas de %2</translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>impossible de lire HEAD : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a git repository</source>
        <translation>« %1 » est déjà un dépôt git</translation>
    </message>
    <message>
        <source>cannot create the directory &apos;%1&apos;</source>
        <translation>impossible de créer le dossier « %1 »</translation>
    </message>
    <message>
        <source>the directory &apos;%1&apos; is not writable</source>
        <translation>le dossier « %1 » n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot create a repository in &apos;%1&apos;: %2</source>
        <translation>impossible de créer un dépôt dans « %1 » : %2</translation>
    </message>
    <message>
        <source>delegation %1 is not listed in the manifest</source>
        <translation>la délégation %1 ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>unknown delegation &apos;%1&apos;; the manifest lists %2</source>
        <translation>délégation inconnue « %1 » ; le manifeste indique : %2</translation>
    </message>
    <message>
        <source>a save needs a message</source>
        <translation>un enregistrement nécessite un message</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>the branch has moved since this text was loaded (now at %1): another save came first; nothing was overwritten</source>
        <translation>la branche a avancé depuis le chargement de ce texte (actuellement : %1) : un autre enregistrement a eu lieu entre-temps ; rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <source>no revision</source>
        <translation>aucune révision</translation>
    </message>
    <message>
        <source>saved, but %1 could not be written in the working directory: %2</source>
        <translation>enregistré, mais %1 n&apos;a pas pu être écrit dans le répertoire de travail : %2</translation>
    </message>
    <message>
        <source>saved, but git&apos;s index could not be updated (%1); &apos;git status&apos; may list the files as changed until the next save</source>
        <translation>enregistré, mais l&apos;index de git n&apos;a pas pu être mis à jour (%1) ; « git status » peut indiquer les fichiers comme modifiés jusqu&apos;au prochain enregistrement</translation>
    </message>
    <message>
        <source>the branch has moved since this text was loaded: another save came first; nothing was overwritten</source>
        <translation>la branche a avancé depuis le chargement de ce texte : un autre enregistrement a eu lieu entre-temps ; rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <source>revision %1 has no %2</source>
        <translation>la révision %1 ne contient pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid revision name</source>
        <translation>« %1 » n&apos;est pas un nom de révision valide</translation>
    </message>
    <message>
        <source>revision name &apos;%1&apos; is already used; named revisions are never moved</source>
        <translation>le nom de révision « %1 » est déjà utilisé ; une révision nommée n&apos;est jamais déplacée</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>révision %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1 at revision %2: %3</source>
        <translation>impossible de lire %1 dans la révision %2 : %3</translation>
    </message>
    <message>
        <source>revision %1 is not in the history before %2</source>
        <translation>la révision %1 ne figure pas dans l’historique avant %2</translation>
    </message>
    <message>
        <source>saved, but %1 could not be removed from the working directory</source>
        <translation>enregistré, mais %1 n’a pas pu être supprimé du répertoire de travail</translation>
    </message>
    <message>
        <source>cannot %1: %2 has changes not saved as a revision; commit them first (&apos;plenary commit -m MESSAGE&apos;)</source>
        <translation>impossible de %1 : %2 a des modifications non enregistrées comme révision ; enregistrez-les d’abord (« plenary commit -m MESSAGE »)</translation>
    </message>
    <message>
        <source>there is no branch &apos;%1&apos;; &apos;plenary branch&apos; lists them</source>
        <translation>il n’y a pas de branche « %1 » ; « plenary branch » les liste</translation>
    </message>
    <message>
        <source>switch branches</source>
        <translation>changer de branche</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a proposal: use a short name such as eu-op7 (letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;/&apos;)</source>
        <translation>« %1 » ne peut pas nommer une proposition : utilisez un nom court comme eu-op7 (lettres, chiffres, « - », « . », « _ » et « / »)</translation>
    </message>
    <message>
        <source>save a first revision before starting a proposal</source>
        <translation>enregistrez une première révision avant de commencer une proposition</translation>
    </message>
    <message>
        <source>a branch named &apos;%1&apos; already exists</source>
        <translation>une branche nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>start a proposal</source>
        <translation>commencer une proposition</translation>
    </message>
    <message>
        <source>Start proposal %1: %2</source>
        <translation>Début de la proposition %1 : %2</translation>
    </message>
    <message>
        <source>cannot merge: %1</source>
        <translation>impossible de fusionner : %1</translation>
    </message>
</context>
<context>
    <name>OdtDocument</name>
    <message>
        <source>DRAFT — %1</source>
        <translation>PROJET — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>delegation — author</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Paragraph #%1</source>
        <translation>Paragraphe #%1</translation>
    </message>
    <message>
        <source>On “%1”:</source>
        <translation>Sur « %1 » :</translation>
    </message>
    <message>
        <source>Reply by %1: %2</source>
        <translation>Réponse de %1 : %2</translation>
    </message>
    <message>
        <source>Comments on paragraphs no longer in the text</source>
        <translation>Commentaires sur des paragraphes qui ne sont plus dans le texte</translation>
    </message>
    <message>
        <source>cannot write the ODT package (%1): %2</source>
        <translation>impossible d’écrire le paquet ODT (%1) : %2</translation>
    </message>
    <message>
        <source>endnote %1 has no comment</source>
        <translation>la note de fin %1 n’a pas de commentaire</translation>
    </message>
    <message>
        <source>endnote %1 points to paragraph %2, but the text has %3 paragraphs</source>
        <translation>la note de fin %1 renvoie au paragraphe %2, mais le texte a %3 paragraphes</translation>
    </message>
</context>
<context>
    <name>Paragraph</name>
    <message>
        <source>heading</source>
        <translation>intertitre</translation>
    </message>
    <message>
        <source>chapeau</source>
        <translation>chapeau</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>paragraphe du préambule</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>paragraphe du dispositif</translation>
    </message>
    <message>
        <source>sub-paragraph</source>
        <translation>alinéa</translation>
    </message>
    <message>
        <source>second-level sub-paragraph</source>
        <translation>sous-alinéa</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>paragraphe narratif</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>approuvé ad referendum</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>ParagraphMerge</name>
    <message>
        <source>&apos;%1&apos; is not a delegation code (2 to 12 characters from A-Z, 0-9 and &apos;-&apos;, starting with a letter)</source>
        <translation>« %1 » n’est pas un code de délégation (2 à 12 caractères parmi A-Z, 0-9 et « - », commençant par une lettre)</translation>
    </message>
    <message>
        <source>the base</source>
        <translation>la base</translation>
    </message>
    <message>
        <source>ours (%1)</source>
        <translation>la nôtre (%1)</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>la leur (%1)</translation>
    </message>
    <message>
        <source>paragraph %1 of %2 has no valid identifier; merge texts that read without errors</source>
        <translation>le paragraphe %1 de %2 n’a pas d’identifiant valide ; fusionnez des textes qui se lisent sans erreur</translation>
    </message>
    <message>
        <source>identifier #%1 appears twice in %2; merge texts that read without errors</source>
        <translation>l’identifiant #%1 apparaît deux fois dans %2 ; fusionnez des textes qui se lisent sans erreur</translation>
    </message>
</context>
<context>
    <name>PdfFinish</name>
    <message>
        <source>the PDF could not be finished: %1</source>
        <translation>le PDF n’a pas pu être achevé : %1</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, of which %2 were read</source>
        <translation>le PDF a %1 pages, dont %2 ont été lues</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>DRAFT — %1</source>
        <translation>PROJET — %1</translation>
    </message>
    <message>
        <source>[deleted]</source>
        <translation>[supprimé]</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Commentaires ouverts</translation>
    </message>
    <message>
        <source>Open comments on paragraphs no longer in the text</source>
        <translation>Commentaires ouverts sur des paragraphes qui ne sont plus dans le texte</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>PrintHtml</name>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Commentaires ouverts</translation>
    </message>
    <message>
        <source>Open comments on paragraphs no longer in the text</source>
        <translation>Commentaires ouverts sur des paragraphes qui ne sont plus dans le texte</translation>
    </message>
</context>
<context>
    <name>ProjectDictionary</name>
    <message>
        <source>empty line</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>&apos;%1…&apos; is longer than %2 characters</source>
        <translation>« %1… » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one word: it contains a space</source>
        <translation>« %1 » n’est pas un seul mot : il contient une espace</translation>
    </message>
    <message>
        <source>control character U+%1 in the word</source>
        <translation>caractère de contrôle U+%1 dans le mot</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Bring in the remote&apos;s revisions and merge them paragraph by paragraph.</source>
        <translation>Récupérer les révisions du dépôt distant et les fusionner paragraphe par paragraphe.</translation>
    </message>
    <message>
        <source>pull takes no arguments: it pulls what the current branch follows</source>
        <translation>pull ne prend pas d’argument : il récupère ce que suit la branche courante</translation>
    </message>
    <message>
        <source>%1 has changes not saved as a revision; commit them before pulling (&apos;plenary commit -m MESSAGE&apos;)</source>
        <translation>%1 a des modifications non enregistrées comme révision ; enregistrez-les avant de récupérer (« plenary commit -m MESSAGE »)</translation>
    </message>
    <message>
        <source>%1 has no branch %2 yet: nothing to pull (&apos;plenary push&apos; shares yours).</source>
        <translation>%1 n’a pas encore de branche %2 : rien à récupérer (« plenary push » partage la vôtre).</translation>
    </message>
    <message>
        <source>plenary: warning: %1 gives %2 to other revisions than this copy does; the names here are kept (names are never moved)</source>
        <translation>plenary : avertissement : %1 donne %2 à d’autres révisions que cette copie ; les noms d’ici sont gardés (les noms ne sont jamais déplacés)</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <source>Share the branch&apos;s revisions with the remote it follows (never forced).</source>
        <translation>Partager les révisions de la branche avec le dépôt distant qu’elle suit (jamais forcé).</translation>
    </message>
    <message>
        <source>push takes no arguments: it pushes the current branch</source>
        <translation>push ne prend pas d’argument : il envoie la branche courante</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n’a encore aucune révision</translation>
    </message>
    <message>
        <source>plenary: warning: %1 has changes not saved as a revision; they are not pushed</source>
        <translation>plenary : avertissement : %1 a des modifications non enregistrées comme révision ; elles ne sont pas envoyées</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 (%3).</source>
        <translation>%1 envoyé vers %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RedlineHtml</name>
    <message>
        <source>Comparison of revisions</source>
        <translation>Comparaison de révisions</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>Première modification</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacé depuis %1</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Déplacé vers %1</translation>
    </message>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation>Comparaison : %1 → %2</translation>
    </message>
    <message>
        <source>Text proposed</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendement</translation>
    </message>
</context>
<context>
    <name>RedlineText</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>déplacé vers %1</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacé depuis %1</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>texte modifié</translation>
    </message>
    <message>
        <source>kind: %1 → %2</source>
        <translation>type : %1 → %2</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>statut : %1 → %2</translation>
    </message>
    <message>
        <source>simplified redline</source>
        <translation>marquage simplifié</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>avant : %1</translation>
    </message>
    <message>
        <source>to:   %1</source>
        <translation>après : %1</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>cannot clone into %1: it exists and is not a folder</source>
        <translation>impossible de cloner dans %1 : il existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot clone into %1: the folder is not empty</source>
        <translation>impossible de cloner dans %1 : le dossier n’est pas vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a branch</source>
        <translation>« %1 » n’est pas une branche</translation>
    </message>
    <message>
        <source>there is no branch &apos;%1&apos; here</source>
        <translation>il n’y a pas de branche « %1 » ici</translation>
    </message>
    <message>
        <source>%1 refused to update %2: %3</source>
        <translation>%1 a refusé de mettre à jour %2 : %3</translation>
    </message>
    <message>
        <source>the branch &apos;%1&apos; follows no remote branch</source>
        <translation>la branche « %1 » ne suit aucune branche distante</translation>
    </message>
    <message>
        <source>authentication failed for %1: too many attempts</source>
        <translation>échec de l’authentification pour %1 : trop de tentatives</translation>
    </message>
    <message>
        <source>no credentials were found (tried the ssh agent, key files, $PLENARY_TOKEN and the git credential helper)</source>
        <translation>aucun identifiant trouvé (essayés : l’agent ssh, les fichiers de clé, $PLENARY_TOKEN et l’assistant d’identification de git)</translation>
    </message>
    <message>
        <source>the remote refused %1</source>
        <translation>le dépôt distant a refusé %1</translation>
    </message>
    <message>
        <source>authentication failed for %1: %2</source>
        <translation>échec de l’authentification pour %1 : %2</translation>
    </message>
    <message>
        <source>the keys of the ssh agent</source>
        <translation>les clés de l’agent ssh</translation>
    </message>
    <message>
        <source>the ssh key file %1 does not exist</source>
        <translation>le fichier de clé ssh %1 n’existe pas</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la clé %1</translation>
    </message>
    <message>
        <source>the token in $PLENARY_TOKEN</source>
        <translation>le jeton de $PLENARY_TOKEN</translation>
    </message>
    <message>
        <source>the password of the git credential helper</source>
        <translation>le mot de passe de l’assistant d’identification de git</translation>
    </message>
    <message>
        <source>authentication failed for %1: no credentials were given</source>
        <translation>échec de l’authentification pour %1 : aucun identifiant n’a été donné</translation>
    </message>
    <message>
        <source>the credentials given</source>
        <translation>les identifiants donnés</translation>
    </message>
    <message>
        <source>authentication failed for %1: the remote accepts only ssh keys, not a password</source>
        <translation>échec de l’authentification pour %1 : le dépôt distant n’accepte que des clés ssh, pas de mot de passe</translation>
    </message>
    <message>
        <source>cannot check the ssh host key of %1</source>
        <translation>impossible de vérifier la clé d’hôte ssh de %1</translation>
    </message>
    <message>
        <source>unknown ssh host %1: its key is not in %2; if you trust it, add it with: %3 &gt;&gt; %2</source>
        <translation>hôte ssh inconnu %1 : sa clé n’est pas dans %2 ; si vous lui faites confiance, ajoutez-la avec : %3 &gt;&gt; %2</translation>
    </message>
    <message>
        <source>the ssh host key of %1 does not match %2: someone may be intercepting the connection; if the server&apos;s key was replaced, remove the old one with: ssh-keygen -R &apos;%1&apos;</source>
        <translation>la clé d’hôte ssh de %1 ne correspond pas à %2 : quelqu’un intercepte peut-être la connexion ; si la clé du serveur a été remplacée, supprimez l’ancienne avec : ssh-keygen -R &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the ssh host key of %1 is revoked in %2</source>
        <translation>la clé d’hôte ssh de %1 est révoquée dans %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>git error %1</source>
        <translation>erreur git %1</translation>
    </message>
    <message>
        <source>cannot reach %1: the folder %2 does not exist</source>
        <translation>impossible d’atteindre %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>authentication failed for %1: the remote refused %2</source>
        <translation>échec de l’authentification pour %1 : le dépôt distant a refusé %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>le certificat de %1 n’est pas approuvé : %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible d’atteindre %1 : %2</translation>
    </message>
    <message>
        <source>the remote has changes that are not here yet (%1 on %2): pull first, then push again</source>
        <translation>le dépôt distant a des modifications qui ne sont pas encore ici (%1 sur %2) : récupérez d’abord, puis envoyez à nouveau</translation>
    </message>
    <message>
        <source>there is no remote named &apos;%1&apos;</source>
        <translation>il n’y a pas de dépôt distant nommé « %1 »</translation>
    </message>
    <message>
        <source>%1 was pushed, but not its revision names (%2): %3 already gives one of them to another revision, and names are never moved</source>
        <translation>%1 a été envoyé, mais pas ses noms de révision (%2) : %3 donne déjà l’un d’eux à une autre révision, et les noms ne sont jamais déplacés</translation>
    </message>
</context>
<context>
    <name>RenumberCommand</name>
    <message>
        <source>Fix a new numbering baseline: 5 bis becomes 6 (rewrites the file).</source>
        <translation>Fixer une nouvelle base de numérotation : 5 bis devient 6 (réécrit le fichier).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>indiquez exactement un fichier</translation>
    </message>
    <message>
        <source>%1: numbering already fixed; nothing to renumber</source>
        <translation>%1: numérotation déjà fixée ; rien à renuméroter</translation>
    </message>
    <message>
        <source>%1: renumbered; paragraphs added to the numbering: %2</source>
        <translation>%1: renuméroté ; paragraphes ajoutés à la numérotation : %2</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>git error %1</source>
        <translation>erreur git %1</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch)</source>
        <translation>HEAD est détachée (hors de toute branche)</translation>
    </message>
    <message>
        <source>HEAD is not a branch</source>
        <translation>HEAD n&apos;est pas une branche</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>« %1 » n&apos;est pas un fichier</translation>
    </message>
</context>
<context>
    <name>RepositoryCommand</name>
    <message>
        <source>Work in the repository containing DIR.</source>
        <translation>Travailler dans le dépôt qui contient DOSSIER.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>plenary: error: %1</source>
        <translation>plenary: erreur : %1</translation>
    </message>
    <message>
        <source>plenary: error: unknown revision &apos;%1&apos;</source>
        <translation>plenary: erreur : révision inconnue « %1 »</translation>
    </message>
    <message>
        <source>Save as this drafter: &quot;Name &lt;email&gt;&quot;.</source>
        <translation>Enregistrer en tant que ce rédacteur : &quot;Name &lt;email&gt;&quot;.</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <source>Save for this delegation (a code from the manifest).</source>
        <translation>Enregistrer pour cette délégation (un code du manifeste).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>étiquette : %1</translation>
    </message>
    <message>
        <source>the text of revision %1 has errors</source>
        <translation>le texte de la révision %1 contient des erreurs</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Bring back the text of an earlier revision as a new revision (history keeps both).</source>
        <translation>Rétablir le texte d&apos;une révision antérieure sous forme de nouvelle révision (l&apos;historique conserve les deux).</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>RÉV</translation>
    </message>
    <message>
        <source>Why the text is restored (required).</source>
        <translation>Raison du rétablissement du texte (obligatoire).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>give the revision to restore</source>
        <translation>indiquez la révision à rétablir</translation>
    </message>
    <message>
        <source>a message is required: -m &quot;why&quot;</source>
        <translation>un message est obligatoire : -m &quot;pourquoi&quot;</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>la branche n&apos;a encore aucune révision</translation>
    </message>
    <message>
        <source>%1 has unsaved changes; commit them first (plenary commit -m …)</source>
        <translation>%1 contient des modifications non enregistrées ; enregistrez-les d&apos;abord (plenary commit -m …)</translation>
    </message>
    <message>
        <source>nothing to restore: the text is already that of %1</source>
        <translation>rien à rétablir : le texte est déjà celui de %1</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Print the document text at a revision.</source>
        <translation>Afficher le texte du document dans une révision donnée.</translation>
    </message>
    <message>
        <source>[REV]</source>
        <translation>[RÉV]</translation>
    </message>
    <message>
        <source>give at most one revision</source>
        <translation>indiquez au plus une révision</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>révision %1 : %2</translation>
    </message>
</context>
<context>
    <name>SpellCommand</name>
    <message>
        <source>Check the spelling of a document, or of the working text, with Hunspell.</source>
        <translation>Vérifier l’orthographe d’un document, ou du texte de travail, avec Hunspell.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FICHIER]</translation>
    </message>
    <message>
        <source>Check in this language (a BCP 47 tag) instead of the document&apos;s.</source>
        <translation>Vérifier dans cette langue (une étiquette BCP 47) plutôt que celle du document.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>Print only the misspelled words, one a line, as hunspell -l.</source>
        <translation>N’afficher que les mots mal orthographiés, un par ligne, comme hunspell -l.</translation>
    </message>
    <message>
        <source>At most N suggestions per word (default %1; 0 for none).</source>
        <translation>Au plus N suggestions par mot (par défaut %1 ; 0 pour aucune).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>trop d’arguments</translation>
    </message>
    <message>
        <source>--suggestions takes a number of 0 or more</source>
        <translation>--suggestions prend un nombre, 0 ou plus</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: avertissement : %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
</context>
<context>
    <name>SpellingDictionary</name>
    <message>
        <source>cannot read the dictionary file %1: %2</source>
        <translation>impossible de lire le fichier de dictionnaire %1 : %2</translation>
    </message>
    <message>
        <source>the dictionary %1 declares the encoding %2, which this system cannot convert</source>
        <translation>le dictionnaire %1 déclare l’encodage %2, que ce système ne sait pas convertir</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>The current branch, how far it is ahead of or behind the remote, and unsaved changes.</source>
        <translation>La branche courante, son avance ou son retard sur le dépôt distant, et les modifications non enregistrées.</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status ne prend pas d’argument</translation>
    </message>
    <message>
        <source>On branch %1</source>
        <translation>Sur la branche %1</translation>
    </message>
    <message>
        <source>On branch %1 (proposal: %2)</source>
        <translation>Sur la branche %1 (proposition : %2)</translation>
    </message>
    <message>
        <source>No revision yet.</source>
        <translation>Aucune révision pour l’instant.</translation>
    </message>
    <message>
        <source>Up to date with %1 (as last fetched).</source>
        <translation>À jour avec %1 (tel que récupéré en dernier).</translation>
    </message>
    <message>
        <source>Against %1: %2 ahead, %3 behind (%4).</source>
        <translation>Par rapport à %1 : %2 en avance, %3 en retard (%4).</translation>
    </message>
    <message>
        <source>pull to bring theirs in</source>
        <translation>récupérez pour intégrer les leurs</translation>
    </message>
    <message>
        <source>push to share yours</source>
        <translation>envoyez pour partager les vôtres</translation>
    </message>
    <message>
        <source>No remote copy of this branch.</source>
        <translation>Aucune copie distante de cette branche.</translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation>Aucune modification non enregistrée.</translation>
    </message>
    <message>
        <source>Changes not saved as a revision: %1</source>
        <translation>Modifications non enregistrées comme révision : %1</translation>
    </message>
</context>
<context>
    <name>SwitchCommand</name>
    <message>
        <source>Switch to another branch (a proposal, or main).</source>
        <translation>Passer à une autre branche (une proposition, ou main).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>name the branch: plenary switch main</source>
        <translation>nommez la branche : plenary switch main</translation>
    </message>
    <message>
        <source>plenary: warning: %1</source>
        <translation>plenary : avertissement : %1</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Passé à %1.</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <source>Name a revision (Rev.1, Final) with an annotated tag.</source>
        <translation>Nommer une révision (Rev.1, Final) au moyen d&apos;une étiquette annotée.</translation>
    </message>
    <message>
        <source>REV NAME</source>
        <translation>RÉV NOM</translation>
    </message>
    <message>
        <source>What this revision is (required).</source>
        <translation>Nature de cette révision (obligatoire).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>give a revision and a name: plenary tag HEAD Rev.1 -m &quot;…&quot;</source>
        <translation>indiquez une révision et un nom : plenary tag HEAD Rev.1 -m &quot;…&quot;</translation>
    </message>
    <message>
        <source>a message is required: -m &quot;what this revision is&quot;</source>
        <translation>un message est obligatoire : -m &quot;nature de cette révision&quot;</translation>
    </message>
    <message>
        <source>%1 names revision %2</source>
        <translation>%1 désigne la révision %2</translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <source>List the named revisions.</source>
        <translation>Lister les révisions nommées.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
</context>
<context>
    <name>plenary::EditorSession</name>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CommentsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>Commentaires à afficher</translation>
    </message>
    <message>
        <source>Comments of one delegation only</source>
        <translation>Commentaires d’une seule délégation</translation>
    </message>
    <message>
        <source>Comment on the selected words, or on the paragraph at the cursor (Ctrl+Alt+M)</source>
        <translation>Commenter les mots sélectionnés, ou le paragraphe où se trouve le curseur (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Answer the chosen comment</source>
        <translation>Répondre au commentaire choisi</translation>
    </message>
    <message>
        <source>Change the text of your own comment</source>
        <translation>Modifier le texte de votre propre commentaire</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Toutes les délégations</translation>
    </message>
    <message>
        <source>removed paragraph</source>
        <translation>paragraphe retiré</translation>
    </message>
    <message>
        <source>(text changed)</source>
        <translation>(texte modifié)</translation>
    </message>
    <message>
        <source>(wording changed)</source>
        <translation>(formulation modifiée)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>✓ Resolved by %1 (%2), %3</source>
        <translation>✓ Résolu par %1 (%2), %3</translation>
    </message>
    <message>
        <source>No comments here. Select words in the text and choose Add to comment on them.</source>
        <translation>Aucun commentaire ici. Sélectionnez des mots dans le texte et choisissez Ajouter pour les commenter.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>The paragraph of this comment is no longer in the text.</source>
        <translation>Le paragraphe de ce commentaire ne figure plus dans le texte.</translation>
    </message>
    <message>
        <source>Comment on “%1” in %2:</source>
        <translation>Commentaire sur « %1 » dans %2 :</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Commentaire sur %1 :</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply to %1 (%2):</source>
        <translation>Réponse à %1 (%2) :</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Votre commentaire :</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CompareView</name>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;Dans le texte</translation>
    </message>
    <message>
        <source>Two &amp;Columns</source>
        <translation>Deux &amp;colonnes</translation>
    </message>
    <message>
        <source>C&amp;hanged paragraphs only</source>
        <translation>Paragraphes &amp;modifiés seulement</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>Compare %1 → %2</source>
        <translation>Comparaison %1 → %2</translation>
    </message>
    <message>
        <source>Insertions underlined, deletions struck through, in one text</source>
        <translation>Insertions soulignées, suppressions barrées, dans un seul texte</translation>
    </message>
    <message>
        <source>The text proposed on the left, the amendment on the right</source>
        <translation>Le texte proposé à gauche, l’amendement à droite</translation>
    </message>
    <message>
        <source>Go to the previous change (Shift+F7)</source>
        <translation>Aller à la modification précédente (Shift+F7)</translation>
    </message>
    <message>
        <source>Go to the next change (F7)</source>
        <translation>Aller à la modification suivante (F7)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>The text of %1 does not read: %2</source>
        <translation>Le texte de %1 est illisible : %2</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CredentialsDialog</name>
    <message>
        <source>Sign In to the Remote</source>
        <translation>Se connecter au dépôt distant</translation>
    </message>
    <message>
        <source>%1 refused the previous answer. Try again:</source>
        <translation>%1 a refusé la réponse précédente. Réessayez :</translation>
    </message>
    <message>
        <source>%1 asks who you are:</source>
        <translation>%1 demande qui vous êtes :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>none: sign in with the password</source>
        <translation>aucune : connexion par mot de passe</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>&amp;Password or key passphrase:</source>
        <translation>&amp;Mot de passe ou phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Mot de passe ou jeton :</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CrossReferenceDialog</name>
    <message>
        <source>Insert Cross-Reference</source>
        <translation>Insérer un renvoi</translation>
    </message>
    <message>
        <source>&amp;Paragraph to cite:</source>
        <translation>&amp;Paragraphe à citer :</translation>
    </message>
    <message>
        <source>Type a number or words of the paragraph</source>
        <translation>Tapez un numéro ou des mots du paragraphe</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
</context>
<context>
    <name>plenary::gui::DocumentEditor</name>
    <message>
        <source>Edit Agreed Text</source>
        <translation>Modifier un texte approuvé</translation>
    </message>
    <message>
        <source>%1 is agreed or agreed ad referendum. Editing it reopens it: its status becomes proposed. Edit it?</source>
        <translation>%1 est approuvé ou approuvé ad referendum. Le modifier le rouvre : son statut redevient « proposé ». Le modifier ?</translation>
    </message>
    <message>
        <source>%1 is the first at its level here: it cannot move up.</source>
        <translation>%1 est le premier de son niveau ici : il ne peut pas monter.</translation>
    </message>
    <message>
        <source>%1 is the last at its level here: it cannot move down.</source>
        <translation>%1 est le dernier de son niveau ici : il ne peut pas descendre.</translation>
    </message>
    <message>
        <source>There is no next paragraph to join.</source>
        <translation>Il n’y a pas de paragraphe suivant à joindre.</translation>
    </message>
    <message>
        <source>%1 cannot be joined to the paragraph before it: %2 cite it.</source>
        <translation>%1 ne peut pas être joint au paragraphe précédent : %2 y renvoient.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML</source>
        <translation>XML Akoma Ntoso</translation>
    </message>
    <message>
        <source>&amp;Final text (no DRAFT mark)</source>
        <translation>Texte &amp;final (sans mention PROJET)</translation>
    </message>
    <message>
        <source>Issue e&amp;ven though the check fails</source>
        <translation>Publier &amp;même si la vérification échoue</translation>
    </message>
    <message>
        <source>Open &amp;comments as endnotes</source>
        <translation>&amp;Commentaires ouverts en notes de fin</translation>
    </message>
    <message>
        <source>&amp;Line numbers in the margin</source>
        <translation>Numéros de &amp;ligne dans la marge</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Latest revision (%1)</source>
        <translation>Dernière révision (%1)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Révision :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>For negotiation sessions: every line of the text numbered, from 1 on each page (PDF only).</source>
        <translation>Pour les séances de négociation : chaque ligne du texte numérotée, à partir de 1 sur chaque page (PDF seulement).</translation>
    </message>
    <message>
        <source>Checking the text and preparing the preview…</source>
        <translation>Vérification du texte et préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This text cannot be issued as final yet.&lt;/b&gt; Resolve what blocks it (%1), or issue it anyway:</source>
        <translation>&lt;b&gt;Ce texte ne peut pas encore être publié comme final.&lt;/b&gt; Réglez ce qui le bloque (%1), ou publiez-le quand même :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued as final despite what blocks it (%1).&lt;/b&gt; The PDF says so in its keywords.</source>
        <translation>&lt;b&gt;Publié comme final malgré ce qui le bloque (%1).&lt;/b&gt; Le PDF l’indique dans ses mots-clés.</translation>
    </message>
    <message>
        <source>Printing the preview…</source>
        <translation>Impression de l’aperçu…</translation>
    </message>
    <message>
        <source>The preview could not be printed: %1</source>
        <translation>L’aperçu n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <source>Numbering the pages…</source>
        <translation>Numérotation des pages…</translation>
    </message>
    <message>
        <source>The preview could not be finished: %1</source>
        <translation>L’aperçu n’a pas pu être terminé : %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Pages: %1. Export is refused until the text passes the check.</source>
        <translation>Pages : %1. L’export est refusé tant que le texte ne passe pas la vérification.</translation>
    </message>
    <message>
        <source>Pages: %1. File: %2</source>
        <translation>Pages : %1. Fichier : %2</translation>
    </message>
</context>
<context>
    <name>plenary::gui::FindBar</name>
    <message>
        <source>Replaced 1 occurrence in 1 paragraph</source>
        <translation>1 occurrence remplacée dans 1 paragraphe</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences in 1 paragraph</source>
        <translation>%1 occurrences remplacées dans 1 paragraphe</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences in %2 paragraphs</source>
        <translation>%1 occurrences remplacées dans %2 paragraphes</translation>
    </message>
    <message>
        <source>Replace wi&amp;th:</source>
        <translation>Remplacer &amp;par :</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Whole w&amp;ords</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <source>Within &amp;brackets only</source>
        <translation>Entre &amp;crochets seulement</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Rechercher dans le texte</translation>
    </message>
    <message>
        <source>Text to find (%1); %2 finds the next match, %3 the previous</source>
        <translation>Texte à rechercher (%1) ; %2 trouve l’occurrence suivante, %3 la précédente</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Text to put in place of each match (%1); %2 replaces the selected match</source>
        <translation>Texte à mettre à la place de chaque occurrence (%1) ; %2 remplace l’occurrence sélectionnée</translation>
    </message>
    <message>
        <source>Previous match (%1, %2)</source>
        <translation>Occurrence précédente (%1, %2)</translation>
    </message>
    <message>
        <source>Next match (%1, %2)</source>
        <translation>Occurrence suivante (%1, %2)</translation>
    </message>
    <message>
        <source>Replace the selected match and go to the next one (%1 in the Replace field)</source>
        <translation>Remplacer l’occurrence sélectionnée et passer à la suivante (%1 dans le champ Remplacer)</translation>
    </message>
    <message>
        <source>Replace every match in the text, in one step that Undo takes back</source>
        <translation>Remplacer toutes les occurrences du texte, en une étape qu’Annuler défait</translation>
    </message>
    <message>
        <source>Find only text with the same capital and small letters</source>
        <translation>Ne trouver que le texte avec les mêmes majuscules et minuscules</translation>
    </message>
    <message>
        <source>Find only whole words: “State” does not find “Statement”</source>
        <translation>Ne trouver que des mots entiers : « État » ne trouve pas « États »</translation>
    </message>
    <message>
        <source>Find only text inside square brackets, that is text not yet agreed</source>
        <translation>Ne trouver que le texte entre crochets, c’est-à-dire pas encore agréé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>Fermer (%1)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the start</source>
        <translation>%1 sur %2, repris au début</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the end</source>
        <translation>%1 sur %2, repris à la fin</translation>
    </message>
    <message>
        <source>Nothing was replaced</source>
        <translation>Rien n’a été remplacé</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
</context>
<context>
    <name>plenary::gui::HistoryPanel</name>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Toutes les délégations</translation>
    </message>
</context>
<context>
    <name>plenary::gui::IdentityDialog</name>
    <message>
        <source>Your Identity</source>
        <translation>Votre identité</translation>
    </message>
    <message>
        <source>Every revision records who saved it and for which delegation.</source>
        <translation>Chaque révision indique qui l&apos;a enregistrée et pour quelle délégation.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
</context>
<context>
    <name>plenary::gui::MainWindow</name>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Draft the negotiated texts of a conference: declarations and co-chair&apos;s summaries, every revision kept.</source>
        <translation>Rédigez les textes négociés d&apos;une conférence : déclarations et résumés des coprésidents, en conservant chaque révision.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Negotiation</source>
        <translation>Ouvrir la &amp;négociation d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Open a Negotiation…</source>
        <translation>&amp;Ouvrir une négociation…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save Revision…</source>
        <translation>&amp;Enregistrer une révision…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>&amp;Preambular</source>
        <translation>Paragraphe du &amp;préambule</translation>
    </message>
    <message>
        <source>&amp;Operative</source>
        <translation>Paragraphe du &amp;dispositif</translation>
    </message>
    <message>
        <source>&amp;Sub-paragraph</source>
        <translation>&amp;Alinéa</translation>
    </message>
    <message>
        <source>Second-&amp;Level Sub-paragraph</source>
        <translation>&amp;Sous-alinéa</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Intertitre</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>Paragraphe &amp;narratif</translation>
    </message>
    <message>
        <source>&amp;Chapeau</source>
        <translation>&amp;Chapeau</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Proposed</source>
        <translation>&amp;Proposé</translation>
    </message>
    <message>
        <source>Agreed &amp;ad Referendum</source>
        <translation>Approuvé ad &amp;referendum</translation>
    </message>
    <message>
        <source>A&amp;greed</source>
        <translation>&amp;Approuvé</translation>
    </message>
    <message>
        <source>&amp;Deleted</source>
        <translation>&amp;Supprimé</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Sample Negotiation</source>
        <translation>Négociation d&apos;exemple</translation>
    </message>
    <message>
        <source>The sample negotiation could not be created: %1</source>
        <translation>Impossible de créer la négociation d&apos;exemple : %1</translation>
    </message>
    <message>
        <source>Open a Negotiation</source>
        <translation>Ouvrir une négociation</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Distribution : %1</translation>
    </message>
    <message>
        <source>%1 [*] — Plenary</source>
        <translation>%1 [*] — Plenary</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Mots : %1</translation>
    </message>
    <message>
        <source>Agreed: %1 of %2</source>
        <translation>Approuvés : %1 sur %2</translation>
    </message>
    <message>
        <source>Open brackets: %1</source>
        <translation>Crochets ouverts : %1</translation>
    </message>
    <message>
        <source>no revision</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Révision : %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>Enregistrer la révision</translation>
    </message>
    <message>
        <source>The revision was not saved: %1</source>
        <translation>La révision n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved revision %1</source>
        <translation>Révision %1 enregistrée</translation>
    </message>
    <message>
        <source>Nothing to save: the text is unchanged</source>
        <translation>Rien à enregistrer : le texte n&apos;a pas changé</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The text has changes that are not saved as a revision.</source>
        <translation>Le texte contient des modifications qui n&apos;ont pas été enregistrées dans une révision.</translation>
    </message>
    <message>
        <source>Unsaved work could not be written to the recovery file</source>
        <translation>Le travail non enregistré n&apos;a pas pu être écrit dans le fichier de récupération</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>This negotiation has unsaved work from %1, kept when Plenary last stopped. Recover it?</source>
        <translation>Cette négociation contient un travail non enregistré du %1, conservé lors du dernier arrêt de Plenary. Le récupérer ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Show Revision</source>
        <translation>&amp;Afficher la révision</translation>
    </message>
    <message>
        <source>&amp;Restore Revision…</source>
        <translation>&amp;Rétablir la révision…</translation>
    </message>
    <message>
        <source>&amp;Name Revision…</source>
        <translation>&amp;Nommer la révision…</translation>
    </message>
    <message>
        <source>Show Revision</source>
        <translation>Afficher la révision</translation>
    </message>
    <message>
        <source>Revision %1 — read-only</source>
        <translation>Révision %1 — lecture seule</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Rétablir la révision</translation>
    </message>
    <message>
        <source>Save or discard your changes before restoring a revision.</source>
        <translation>Enregistrez ou abandonnez vos modifications avant de rétablir une révision.</translation>
    </message>
    <message>
        <source>The text of revision %1 cannot be read.</source>
        <translation>Le texte de la révision %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Name Revision</source>
        <translation>Nommer la révision</translation>
    </message>
    <message>
        <source>Name of revision %1 (for example Rev.3 or Final):</source>
        <translation>Nom de la révision %1 (par exemple Rev.3 ou Final) :</translation>
    </message>
    <message>
        <source>New &amp;Declaration…</source>
        <translation>Nouvelle &amp;déclaration…</translation>
    </message>
    <message>
        <source>New Co-Chair&apos;s S&amp;ummary…</source>
        <translation>Nouveau &amp;résumé des coprésidents…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Show the text as it will print (%1)</source>
        <translation>Montrer le texte tel qu’il sera imprimé (%1)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the paragraph, with its sub-paragraphs, up</source>
        <translation>Monter le paragraphe avec ses alinéas</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the paragraph, with its sub-paragraphs, down</source>
        <translation>Descendre le paragraphe avec ses alinéas</translation>
    </message>
    <message>
        <source>S&amp;plit Paragraph</source>
        <translation>&amp;Scinder le paragraphe</translation>
    </message>
    <message>
        <source>Split the paragraph at the cursor</source>
        <translation>Scinder le paragraphe au curseur</translation>
    </message>
    <message>
        <source>&amp;Join with Next</source>
        <translation>&amp;Joindre au suivant</translation>
    </message>
    <message>
        <source>Join the next paragraph to this one</source>
        <translation>Joindre le paragraphe suivant à celui-ci</translation>
    </message>
    <message>
        <source>Insert &amp;Cross-Reference…</source>
        <translation>Insérer un &amp;renvoi…</translation>
    </message>
    <message>
        <source>Cite another paragraph by its number, kept current when paragraphs move (%1)</source>
        <translation>Citer un autre paragraphe par son numéro, tenu à jour quand les paragraphes bougent (%1)</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>New co-chair&apos;s summary: %1</source>
        <translation>Nouveau résumé des coprésidents : %1</translation>
    </message>
    <message>
        <source>New declaration: %1</source>
        <translation>Nouvelle déclaration : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This negotiation&apos;s folder cannot be written here: you can read the text and browse its history, but not save.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Le dossier de cette négociation ne peut pas être modifié ici : vous pouvez lire le texte et parcourir son historique, mais pas enregistrer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also open elsewhere.&lt;/b&gt; Another Plenary window (%1) has this negotiation open. You can edit here too: if the other window saves first, your save is refused and your text stays open, so nothing is overwritten.</source>
        <translation>&lt;b&gt;Ouverte ailleurs aussi.&lt;/b&gt; Une autre fenêtre de Plenary (%1) a ouvert cette négociation. Vous pouvez aussi modifier ici : si l’autre fenêtre enregistre d’abord, votre enregistrement est refusé et votre texte reste ouvert ; rien n’est écrasé.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Read the text again and open it in the editor once it has no errors (%1)</source>
        <translation>Relire le texte et l’ouvrir dans l’éditeur dès qu’il n’a plus d’erreurs (%1)</translation>
    </message>
    <message>
        <source>The raw text has changes that still have errors and cannot be saved as a revision. Discard them?</source>
        <translation>Le texte brut a des modifications qui contiennent encore des erreurs et ne peuvent pas être enregistrées comme révision. Les abandonner ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;The text of this negotiation does not read as a document&lt;/b&gt; (errors: %1). Fix it below (choose an error to go to it), then choose Check Again. Nothing is saved until you save a revision.</source>
        <translation>&lt;b&gt;Le texte de cette négociation ne se lit pas comme un document&lt;/b&gt; (erreurs : %1). Corrigez-le ci-dessous (choisissez une erreur pour y aller), puis choisissez Vérifier à nouveau. Rien n’est enregistré tant que vous n’enregistrez pas une révision.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation>Comparer avec la révision &amp;précédente</translation>
    </message>
    <message>
        <source>What the chosen revision changed</source>
        <translation>Ce que la révision choisie a modifié</translation>
    </message>
    <message>
        <source>Compare the Two &amp;Chosen Revisions</source>
        <translation>Comparer les deux révisions &amp;choisies</translation>
    </message>
    <message>
        <source>Choose two revisions in the history (Ctrl+click) to compare them.</source>
        <translation>Choisissez deux révisions dans l’historique (Ctrl+clic) pour les comparer.</translation>
    </message>
    <message>
        <source>Compare with &amp;Unsaved Text</source>
        <translation>Comparer avec le &amp;texte non enregistré</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <source>&amp;Add Comment…</source>
        <translation>&amp;Ajouter un commentaire…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Resolve or Re&amp;open</source>
        <translation>Résoudre ou r&amp;ouvrir</translation>
    </message>
    <message>
        <source>Show &amp;Comments</source>
        <translation>Afficher les &amp;commentaires</translation>
    </message>
    <message>
        <source>the text being edited</source>
        <translation>le texte en cours de modification</translation>
    </message>
    <message>
        <source>&lt;b&gt;Some comments cannot be read&lt;/b&gt; and are kept as they are in the file: %1</source>
        <translation>&lt;b&gt;Certains commentaires sont illisibles&lt;/b&gt; et restent tels quels dans le fichier : %1</translation>
    </message>
    <message>
        <source>Open comments: %1</source>
        <translation>Commentaires ouverts : %1</translation>
    </message>
    <message>
        <source>Changes by a &amp;Delegation Since…</source>
        <translation>Modifications d’une &amp;délégation depuis…</translation>
    </message>
    <message>
        <source>%1, changes by %2</source>
        <translation>%1, modifications de %2</translation>
    </message>
    <message>
        <source>Changes by a Delegation</source>
        <translation>Modifications d’une délégation</translation>
    </message>
    <message>
        <source>the first revision (%1)</source>
        <translation>la première révision (%1)</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>De&amp;puis :</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <source>Underline misspelled words in red (F7)</source>
        <translation>Souligner en rouge les mots mal orthographiés (F7)</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Ignorer « %1 »</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spelling is not checked:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;L’orthographe n’est pas vérifiée :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save a first revision before exporting.</source>
        <translation>Enregistrez une première révision avant d’exporter.</translation>
    </message>
    <message>
        <source>The export is of saved revisions: save to include your latest changes.</source>
        <translation>L’export porte sur les révisions enregistrées : enregistrez pour y inclure vos dernières modifications.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>plenary::gui::MergeView</name>
    <message>
        <source>numbered</source>
        <translation>numéroté</translation>
    </message>
    <message>
        <source>not numbered</source>
        <translation>non numéroté</translation>
    </message>
    <message>
        <source>Edit a &amp;blend…</source>
        <translation>Rédiger une &amp;synthèse…</translation>
    </message>
    <message>
        <source>A&amp;pply Blend</source>
        <translation>A&amp;ppliquer la synthèse</translation>
    </message>
    <message>
        <source>&amp;Complete Merge</source>
        <translation>&amp;Terminer la fusion</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>Take ours (%1)</source>
        <translation>Prendre la nôtre (%1)</translation>
    </message>
    <message>
        <source>Take theirs (%1)</source>
        <translation>Prendre la leur (%1)</translation>
    </message>
    <message>
        <source>Keep both as alternatives</source>
        <translation>Garder les deux comme variantes</translation>
    </message>
    <message>
        <source>Both texts as “[Alt 1 (%1): …] [Alt 2 (%2): …]”, the paragraph proposed (%3)</source>
        <translation>Les deux textes sous la forme « [Alt 1 (%1) : …] [Alt 2 (%2) : …] », le paragraphe proposé (%3)</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) disagree on these points. Settle each one; nothing is recorded until the merge is complete.</source>
        <translation>%1 (%2) et %3 (%4) divergent sur ces points. Réglez-les un par un ; rien n’est enregistré avant la fin de la fusion.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base&lt;/b&gt; (the common ancestor)</source>
        <translation>&lt;b&gt;Base&lt;/b&gt; (l’ancêtre commun)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ours&lt;/b&gt;: %1 (%2)</source>
        <translation>&lt;b&gt;La nôtre&lt;/b&gt; : %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;: %1 (%2)</source>
        <translation>&lt;b&gt;La leur&lt;/b&gt; : %1 (%2)</translation>
    </message>
    <message>
        <source>A text written from both versions (one paragraph, brackets balanced):</source>
        <translation>Un texte rédigé à partir des deux versions (un paragraphe, crochets équilibrés) :</translation>
    </message>
    <message>
        <source>&lt;b&gt;As it will read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tel qu’il se lira&lt;/b&gt;</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>settled: %1&apos;s version</source>
        <translation>réglé : version de %1</translation>
    </message>
    <message>
        <source>settled: both as alternatives</source>
        <translation>réglé : les deux comme variantes</translation>
    </message>
    <message>
        <source>settled: a blend</source>
        <translation>réglé : une synthèse</translation>
    </message>
    <message>
        <source>%1 — %2 / %3 — %4</source>
        <translation>%1 — %2 / %3 — %4</translation>
    </message>
    <message>
        <source>Not in the base: both sides added this paragraph.</source>
        <translation>Absent de la base : les deux côtés ont ajouté ce paragraphe.</translation>
    </message>
    <message>
        <source>Removed by %1.</source>
        <translation>Supprimé par %1.</translation>
    </message>
    <message>
        <source>Not in the base.</source>
        <translation>Absent de la base.</translation>
    </message>
    <message>
        <source>Open: until it is settled the merge keeps %1&apos;s version.</source>
        <translation>Ouvert : tant qu’il n’est pas réglé, la fusion garde la version de %1.</translation>
    </message>
    <message>
        <source>Removed from the text.</source>
        <translation>Supprimé du texte.</translation>
    </message>
    <message>
        <source>No value: the field is removed.</source>
        <translation>Aucune valeur : le champ est supprimé.</translation>
    </message>
    <message>
        <source>Settle every conflict first (%1 open).</source>
        <translation>Réglez d’abord chaque conflit (%1 ouverts).</translation>
    </message>
    <message>
        <source>The merge was not recorded: %1</source>
        <translation>La fusion n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2: revision %3 (conflicts settled: %4).</source>
        <translation>%1 fusionné dans %2 : révision %3 (conflits réglés : %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2.</translation>
    </message>
    <message>
        <source>A field holds one value: take one, or write a blend.</source>
        <translation>Un champ ne contient qu’une valeur : prenez-en une, ou rédigez une synthèse.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::NegotiationMenu</name>
    <message>
        <source>&amp;Negotiation</source>
        <translation>&amp;Négociation</translation>
    </message>
    <message>
        <source>S&amp;witch To</source>
        <translation>&amp;Passer à</translation>
    </message>
    <message>
        <source>&amp;Start Proposal…</source>
        <translation>&amp;Commencer une proposition…</translation>
    </message>
    <message>
        <source>A branch of its own for a delegation&apos;s proposal, merged when agreed</source>
        <translation>Une branche propre pour la proposition d’une délégation, fusionnée une fois convenue</translation>
    </message>
    <message>
        <source>&amp;Merge Proposal…</source>
        <translation>&amp;Fusionner une proposition…</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Bring in the shared remote&apos;s revisions and merge them</source>
        <translation>Récupérer les révisions du dépôt distant partagé et les fusionner</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Share this branch&apos;s revisions with the shared remote</source>
        <translation>Partager les révisions de cette branche avec le dépôt distant partagé</translation>
    </message>
    <message>
        <source>No negotiation is open.</source>
        <translation>Aucune négociation n’est ouverte.</translation>
    </message>
    <message>
        <source>Revisions are saved on the branch %1.</source>
        <translation>Les révisions sont enregistrées sur la branche %1.</translation>
    </message>
    <message>
        <source>%1 revisions to push, %2 to pull (%3 as last fetched).</source>
        <translation>Révisions à envoyer : %1, à récupérer : %2 (%3 tel que récupéré en dernier).</translation>
    </message>
    <message>
        <source>Switch To</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <source>The text has errors and changes that cannot be saved as a revision yet: fix the errors and save first.</source>
        <translation>Le texte a des erreurs et des modifications qui ne peuvent pas encore être enregistrées comme révision : corrigez les erreurs et enregistrez d’abord.</translation>
    </message>
    <message>
        <source>Save your changes as a revision first?</source>
        <translation>Enregistrer d’abord vos modifications comme révision ?</translation>
    </message>
    <message>
        <source>The text has changes that are not saved as a revision yet.</source>
        <translation>Le texte a des modifications qui ne sont pas encore enregistrées comme révision.</translation>
    </message>
    <message>
        <source>Start a Proposal</source>
        <translation>Commencer une proposition</translation>
    </message>
    <message>
        <source>The proposal was not started: %1</source>
        <translation>La proposition n’a pas été commencée : %1</translation>
    </message>
    <message>
        <source>Started proposal %1: revisions are now saved on it.</source>
        <translation>Proposition %1 commencée : les révisions y sont désormais enregistrées.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Plenary did not switch to %1: %2</source>
        <translation>Plenary n’est pas passé à %1 : %2</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Passé à %1.</translation>
    </message>
    <message>
        <source>Switched to %1. %2</source>
        <translation>Passé à %1. %2</translation>
    </message>
    <message>
        <source>Merge Proposal</source>
        <translation>Fusionner une proposition</translation>
    </message>
    <message>
        <source>There is no other branch to merge: start a proposal first.</source>
        <translation>Il n’y a pas d’autre branche à fusionner : commencez d’abord une proposition.</translation>
    </message>
    <message>
        <source>Merge into %1:</source>
        <translation>Fusionner dans %1 :</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposition :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>“%1” is the current branch; choose another one.</source>
        <translation>« %1 » est la branche courante ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>There is no branch “%1”.</source>
        <translation>Il n’y a pas de branche « %1 ».</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 ne peut pas être fusionné : %2</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Already up to date with %1.</source>
        <translation>Déjà à jour avec %1.</translation>
    </message>
    <message>
        <source>Fast-forward to %1 (%2).</source>
        <translation>Avance rapide jusqu’à %1 (%2).</translation>
    </message>
    <message>
        <source>The merge was not recorded: %1</source>
        <translation>La fusion n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2: revision %3.</source>
        <translation>%1 fusionné dans %2 : révision %3.</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>Fusion annulée : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 objects (%3)</source>
        <translation>Envoi : %1 objets sur %2 (%3)</translation>
    </message>
    <message>
        <source>Receiving: %1 of %2 objects (%3)</source>
        <translation>Réception : %1 objets sur %2 (%3)</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Nothing to pull from: %1</source>
        <translation>Rien d’où récupérer : %1</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Récupération depuis %1…</translation>
    </message>
    <message>
        <source>%1 has no branch %2 yet: nothing to pull (Push shares yours).</source>
        <translation>%1 n’a pas encore de branche %2 : rien à récupérer (Envoyer partage la vôtre).</translation>
    </message>
    <message>
        <source>Pull cancelled: nothing was changed.</source>
        <translation>Récupération annulée : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The pull did not complete: %1. Nothing was changed here.</source>
        <translation>La récupération n’a pas abouti : %1. Rien n’a été modifié ici.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>%1 récupéré.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>The branch has no revision yet: save one first.</source>
        <translation>La branche n’a encore aucune révision : enregistrez-en une d’abord.</translation>
    </message>
    <message>
        <source>Changes not saved as a revision are not pushed.</source>
        <translation>Les modifications non enregistrées comme révision ne sont pas envoyées.</translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation>Envoi de %1 vers %2…</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 (%3).</source>
        <translation>%1 envoyé vers %2 (%3).</translation>
    </message>
    <message>
        <source>Push cancelled: nothing was changed.</source>
        <translation>Envoi annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The push did not complete: %1. Nothing was changed.</source>
        <translation>L’envoi n’a pas abouti : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Pull brings in the remote&apos;s revisions and merges them; then push again.</source>
        <translation>Récupérer intègre les révisions du dépôt distant et les fusionne ; envoyez ensuite à nouveau.</translation>
    </message>
    <message>
        <source>%1 gives %2 to other revisions than this copy does; the names here are kept, as names are never moved.</source>
        <translation>%1 donne %2 à d’autres révisions que cette copie ; les noms d’ici sont gardés, car les noms ne sont jamais déplacés.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::NewNegotiationDialog</name>
    <message>
        <source>New Co-Chair&apos;s Summary</source>
        <translation>Nouveau résumé des coprésidents</translation>
    </message>
    <message>
        <source>New Declaration</source>
        <translation>Nouvelle déclaration</translation>
    </message>
    <message>
        <source>Co-Chairs&apos; Summary of the High-Level Conference</source>
        <translation>Résumé des coprésidents de la Conférence de haut niveau</translation>
    </message>
    <message>
        <source>Declaration of the High-Level Conference on …</source>
        <translation>Déclaration de la Conférence de haut niveau sur …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Optional: the conference or organ</source>
        <translation>Facultatif : la conférence ou l’organe</translation>
    </message>
    <message>
        <source>&amp;Conference:</source>
        <translation>&amp;Conférence :</translation>
    </message>
    <message>
        <source>Optional: the document symbol, such as CONF/2027/L.1</source>
        <translation>Facultatif : la cote du document, par exemple CONF/2027/L.1</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>C&amp;ote :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>&amp;Add Delegation</source>
        <translation>&amp;Ajouter une délégation</translation>
    </message>
    <message>
        <source>Codes of 2 to 12 capitals, digits or &apos;-&apos; (UZ, EU, UNOCT). The first delegation is the secretariat.</source>
        <translation>Codes de 2 à 12 majuscules, chiffres ou « - » (UZ, EU, UNOCT). La première délégation est le secrétariat.</translation>
    </message>
    <message>
        <source>Delegations:</source>
        <translation>Délégations :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Votre &amp;courriel :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Keep the Negotiation In</source>
        <translation>Conserver la négociation dans</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Give the text a title.</source>
        <translation>Donnez un titre au texte.</translation>
    </message>
    <message>
        <source>Name at least one delegation: the secretariat.</source>
        <translation>Indiquez au moins une délégation : le secrétariat.</translation>
    </message>
    <message>
        <source>“%1” is not a delegation code: use 2 to 12 capitals, digits or &apos;-&apos;.</source>
        <translation>« %1 » n’est pas un code de délégation : utilisez 2 à 12 majuscules, chiffres ou « - ».</translation>
    </message>
    <message>
        <source>Give delegation %1 its full name.</source>
        <translation>Donnez le nom complet de la délégation %1.</translation>
    </message>
    <message>
        <source>Delegation %1 is listed twice.</source>
        <translation>La délégation %1 figure deux fois.</translation>
    </message>
    <message>
        <source>Give your name and email: the first revision is recorded as yours.</source>
        <translation>Indiquez votre nom et votre courriel : la première révision est enregistrée à votre nom.</translation>
    </message>
    <message>
        <source>Choose a folder for the negotiation.</source>
        <translation>Choisissez un dossier pour la négociation.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new folder.</source>
        <translation>%1 existe déjà : choisissez un nouveau dossier.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::OutlinePanel</name>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Crochets</translation>
    </message>
</context>
<context>
    <name>plenary::gui::SaveDialog</name>
    <message>
        <source>Save a Revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>What changed, e.g. &quot;EU proposal on OP3&quot;</source>
        <translation>Ce qui a changé, p. ex. « proposition de l&apos;UE sur le paragraphe 3 du dispositif »</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Délégation :</translation>
    </message>
</context>
<context>
    <name>plenary::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Votre identité</translation>
    </message>
    <message>
        <source>The code in the negotiation&apos;s list, such as EU</source>
        <translation>Le code dans la liste de la négociation, par exemple EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <source>Language and text</source>
        <translation>Langue et texte</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Menus change language when Plenary starts again.</source>
        <translation>Les menus changent de langue au prochain démarrage de Plenary.</translation>
    </message>
    <message>
        <source>&amp;Menus in:</source>
        <translation>&amp;Menus en :</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l’éditeur :</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>After this pause in typing, unsaved work is written to a recovery file outside the history, offered back after a crash.</source>
        <translation>Après cette pause dans la frappe, le travail non enregistré est écrit dans un fichier de récupération hors de l’historique, proposé à nouveau après un plantage.</translation>
    </message>
    <message>
        <source>Keep a recovery copy &amp;after:</source>
        <translation>Garder une copie de récupération &amp;après :</translation>
    </message>
</context>
<context>
    <name>plenary::gui::StartProposalDialog</name>
    <message>
        <source>Start a Proposal</source>
        <translation>Commencer une proposition</translation>
    </message>
    <message>
        <source>eu-op7</source>
        <translation>eu-op7</translation>
    </message>
    <message>
        <source>EU proposal on OP 7</source>
        <translation>Proposition de l’UE sur le PO 7</translation>
    </message>
    <message>
        <source>A proposal is a line of revisions of its own, merged into the main text when the room agrees. Its short name and title travel to every delegation&apos;s copy.</source>
        <translation>Une proposition est une suite de révisions qui lui est propre, fusionnée dans le texte principal quand la salle est d’accord. Son nom court et son titre parviennent à la copie de chaque délégation.</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nom &amp;court :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Start Proposal</source>
        <translation>&amp;Commencer la proposition</translation>
    </message>
    <message>
        <source>Give the proposal a short name, such as eu-op7.</source>
        <translation>Donnez à la proposition un nom court, comme eu-op7.</translation>
    </message>
    <message>
        <source>“%1” cannot name a proposal: use letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;/&apos;, as in eu-op7.</source>
        <translation>« %1 » ne peut pas nommer une proposition : utilisez des lettres, des chiffres, « - », « . », « _ » et « / », comme dans eu-op7.</translation>
    </message>
    <message>
        <source>A branch named “%1” already exists.</source>
        <translation>Une branche nommée « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>plenary::web::Sandbox</name>
    <message>
        <source>the page took longer than %1 s to render</source>
        <translation>le rendu de la page a pris plus de %1 s</translation>
    </message>
    <message>
        <source>the page to print did not load</source>
        <translation>la page à imprimer ne s&apos;est pas chargée</translation>
    </message>
    <message>
        <source>printing to PDF failed</source>
        <translation>l&apos;impression en PDF a échoué</translation>
    </message>
</context>
</TS>
