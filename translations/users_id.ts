<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AuditTrail</name>
    <message>
        <source>Entry %1 is the first one left: entries 1 to %2 were deleted.</source>
        <translation>Entri %1 adalah yang pertama tersisa: entri 1 sampai %2 telah dihapus.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted after entry %3.</source>
        <translation>Entri %1 sampai %2 hilang: entri tersebut dihapus setelah entri %3.</translation>
    </message>
    <message>
        <source>Entry %1 (%2, %3) was changed after it was written: its content does not match its hash.</source>
        <translation>Entri %1 (%2, %3) diubah setelah ditulis: isinya tidak cocok dengan hash-nya.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: the chain of hashes is broken.</source>
        <translation>Entri %1 tidak menyambung ke entri %2: rantai hash terputus.</translation>
    </message>
    <message>
        <source>All %1 entries of the audit trail were deleted.</source>
        <translation>Seluruh %1 entri jejak audit telah dihapus.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the last entries were deleted after entry %3.</source>
        <translation>Entri %1 sampai %2 hilang: entri terakhir dihapus setelah entri %3.</translation>
    </message>
</context>
<context>
    <name>loket::AuthService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Masukkan nama pengguna Anda.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation>Akun %1 dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked until %2. Try again later or ask the administrator to unlock it.</source>
        <translation>Terlalu banyak kata sandi salah: akun %1 terkunci sampai pukul %2. Coba lagi nanti atau minta administrator membukanya.</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: the account %2 is locked for %3 minutes.</source>
        <translation>Kata sandi salah %1 kali berturut-turut: akun %2 dikunci selama %3 menit.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>loket::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>Memori tidak cukup untuk mengamankan kata sandi; tutup program lain lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>loket::Permission</name>
    <message>
        <source>Register applications</source>
        <translation>Mendaftarkan permohonan</translation>
    </message>
    <message>
        <source>Verify files (back office)</source>
        <translation>Memverifikasi berkas (back office)</translation>
    </message>
    <message>
        <source>Technical review</source>
        <translation>Kajian teknis</translation>
    </message>
    <message>
        <source>Sign and issue permits</source>
        <translation>Menandatangani dan menerbitkan izin</translation>
    </message>
    <message>
        <source>Hand over NIB and permits</source>
        <translation>Menyerahkan NIB dan izin</translation>
    </message>
    <message>
        <source>Reject or withdraw applications</source>
        <translation>Menolak atau menarik permohonan</translation>
    </message>
    <message>
        <source>Register complaints</source>
        <translation>Mencatat pengaduan</translation>
    </message>
    <message>
        <source>Handle complaints</source>
        <translation>Menangani pengaduan</translation>
    </message>
    <message>
        <source>Override complaint triage</source>
        <translation>Mengubah klasifikasi pengaduan</translation>
    </message>
    <message>
        <source>Approve escalation to APIP</source>
        <translation>Menyetujui pelimpahan ke APIP</translation>
    </message>
    <message>
        <source>Edit the service catalogue</source>
        <translation>Mengubah katalog layanan</translation>
    </message>
    <message>
        <source>Edit the working calendar</source>
        <translation>Mengubah kalender kerja</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Mengelola pengguna</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>Mengelola pengaturan</translation>
    </message>
    <message>
        <source>See reports</source>
        <translation>Melihat laporan</translation>
    </message>
    <message>
        <source>See the audit trail</source>
        <translation>Melihat jejak audit</translation>
    </message>
    <message>
        <source>See identity numbers</source>
        <translation>Melihat nomor identitas</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Mengekspor data pribadi</translation>
    </message>
    <message>
        <source>Record survey answers</source>
        <translation>Mencatat jawaban survei</translation>
    </message>
    <message>
        <source>Synchronise with the central database</source>
        <translation>Menyinkronkan dengan basis data pusat</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Mencadangkan basis data</translation>
    </message>
</context>
<context>
    <name>loket::Role</name>
    <message>
        <source>Front-desk officer</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <source>Back-office verifier</source>
        <translation>Verifikator back office</translation>
    </message>
    <message>
        <source>Technical team</source>
        <translation>Tim teknis</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala dinas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Atasan langsung</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>loket::SecurityPolicy</name>
    <message>
        <source>The password must not be blank.</source>
        <translation>Kata sandi tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Kata sandi harus terdiri dari sedikitnya %1 karakter.</translation>
    </message>
</context>
<context>
    <name>loket::StaffProfile</name>
    <message>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation>Sekolah dasar (SD)</translation>
    </message>
    <message>
        <source>Junior high school (SMP)</source>
        <translation>Sekolah menengah pertama (SMP)</translation>
    </message>
    <message>
        <source>Senior high school (SMA/SMK)</source>
        <translation>Sekolah menengah atas (SMA/SMK)</translation>
    </message>
    <message>
        <source>Diploma 1 (D1)</source>
        <translation>Diploma 1 (D1)</translation>
    </message>
    <message>
        <source>Diploma 2 (D2)</source>
        <translation>Diploma 2 (D2)</translation>
    </message>
    <message>
        <source>Diploma 3 (D3)</source>
        <translation>Diploma 3 (D3)</translation>
    </message>
    <message>
        <source>Applied bachelor (D4)</source>
        <translation>Sarjana terapan (D4)</translation>
    </message>
    <message>
        <source>Bachelor (S1)</source>
        <translation>Sarjana (S1)</translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation>Magister (S2)</translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation>Doktor (S3)</translation>
    </message>
</context>
<context>
    <name>loket::StaffRegister</name>
    <message>
        <source>education (Sarjana, or SMA with 5 years in government, 3 years in PTSP or technical competence)</source>
        <translation>pendidikan (Sarjana, atau SMA dengan pengalaman 5 tahun di pemerintahan, 3 tahun di PTSP, atau kompetensi teknis)</translation>
    </message>
</context>
<context>
    <name>loket::TrainingRecord</name>
    <message>
        <source>Diklat PTSP</source>
        <translation>Diklat PTSP</translation>
    </message>
    <message>
        <source>Diklat OSS</source>
        <translation>Diklat OSS</translation>
    </message>
    <message>
        <source>Diklat Kepribadian (personal conduct)</source>
        <translation>Diklat Kepribadian</translation>
    </message>
    <message>
        <source>Other training</source>
        <translation>Pelatihan lain</translation>
    </message>
</context>
<context>
    <name>loket::UserService</name>
    <message>
        <source>Full name is required.</source>
        <translation>Nama lengkap wajib diisi.</translation>
    </message>
    <message>
        <source>Full name is too long (at most 120 characters).</source>
        <translation>Nama lengkap terlalu panjang (paling banyak 120 karakter).</translation>
    </message>
    <message>
        <source>Years in government must be between 0 and 60.</source>
        <translation>Lama bekerja di pemerintahan harus antara 0 dan 60 tahun.</translation>
    </message>
    <message>
        <source>Years in PTSP service must be between 0 and 60.</source>
        <translation>Lama bekerja di layanan PTSP harus antara 0 dan 60 tahun.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Pilih sedikitnya satu peran.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>User name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Nama pengguna "%1" tidak sah: gunakan 2 sampai 32 huruf kecil, angka, titik, tanda hubung, atau garis bawah, diawali huruf.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>Nama pengguna "%1" sudah dipakai.</translation>
    </message>
    <message>
        <source>This database already has user accounts; an administrator adds new ones.</source>
        <translation>Basis data ini sudah memiliki akun pengguna; akun baru ditambahkan oleh administrator.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Tidak ada pengguna "%1".</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make someone else an administrator first.</source>
        <translation>%1 adalah administrator aktif terakhir: jadikan orang lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Password reset by an administrator.</source>
        <translation>Kata sandi diatur ulang oleh administrator.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Masuk terlebih dahulu untuk mengganti kata sandi Anda.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
    <message>
        <source>The date the training was completed is required.</source>
        <translation>Tanggal selesai pelatihan wajib diisi.</translation>
    </message>
    <message>
        <source>The training date %1 is in the future.</source>
        <translation>Tanggal pelatihan %1 berada di masa depan.</translation>
    </message>
    <message>
        <source>Name the training (title) when it is not one of the standard&apos;s courses.</source>
        <translation>Isi nama pelatihan (judul) bila bukan salah satu diklat dalam standar.</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>Tidak ada catatan pelatihan %1.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>user %1 needs the user NAME.</source>
        <translation>user %1 memerlukan NAMA pengguna.</translation>
    </message>
    <message>
        <source>--role needs one or more roles, separated by commas.</source>
        <translation>--role memerlukan satu peran atau lebih, dipisahkan koma.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Roles: %2.</source>
        <translation>Peran "%1" tidak dikenal. Peran: %2.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>(must change password)</source>
        <translation>(wajib ganti kata sandi)</translation>
    </message>
    <message>
        <source>Unknown education &quot;%1&quot;: use sd, smp, sma, d1, d2, d3, d4, s1, s2 or s3.</source>
        <translation>Pendidikan "%1" tidak dikenal: gunakan sd, smp, sma, d1, d2, d3, d4, s1, s2, atau s3.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <source>User %1 (%2) created with the roles %3. They choose their own password at the first sign-in.</source>
        <translation>Pengguna %1 (%2) dibuat dengan peran %3. Ia memilih kata sandinya sendiri saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Tidak ada pengguna.</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Jabatan: %1</translation>
    </message>
    <message>
        <source>Education: %1</source>
        <translation>Pendidikan: %1</translation>
    </message>
    <message>
        <source>Years in government: %1, in PTSP: %2</source>
        <translation>Lama di pemerintahan: %1 tahun, di PTSP: %2 tahun</translation>
    </message>
    <message>
        <source>Training: %1 %2 (%3)</source>
        <translation>Pelatihan: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>User %1 is disabled and can no longer sign in.</source>
        <translation>Pengguna %1 dinonaktifkan dan tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <source>User %1 is enabled again.</source>
        <translation>Pengguna %1 diaktifkan kembali.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at the next sign-in.</source>
        <translation>Kata sandi %1 telah diatur ulang; ia wajib menggantinya saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Kata sandi saat ini: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda telah diganti.</translation>
    </message>
    <message>
        <source>%1 now has the roles %2.</source>
        <translation>%1 kini memiliki peran %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 dapat masuk kembali.</translation>
    </message>
    <message>
        <source>user training needs --course and --date.</source>
        <translation>user training memerlukan --course dan --date.</translation>
    </message>
    <message>
        <source>Unknown course &quot;%1&quot;: use diklat_ptsp, diklat_oss, diklat_kepribadian or other.</source>
        <translation>Diklat "%1" tidak dikenal: gunakan diklat_ptsp, diklat_oss, diklat_kepribadian, atau other.</translation>
    </message>
    <message>
        <source>--date must be a date like 2025-03-01, not &quot;%1&quot;.</source>
        <translation>--date harus berupa tanggal seperti 2025-03-01, bukan "%1".</translation>
    </message>
    <message>
        <source>Training %1 of %2 recorded.</source>
        <translation>Pelatihan %1 milik %2 dicatat.</translation>
    </message>
    <message>
        <source>Staff: %1 active of the %2 the standard sets; %3 meet its competence list.</source>
        <translation>Pelaksana: %1 aktif dari %2 yang ditetapkan standar; %3 memenuhi kompetensi pelaksana.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>kurang: %1</translation>
    </message>
    <message>
        <source>user needs a sub-command: add, list, show, disable, enable, reset-password, passwd, roles, unlock, training or register.</source>
        <translation>user memerlukan subperintah: add, list, show, disable, enable, reset-password, passwd, roles, unlock, training, atau register.</translation>
    </message>
    <message>
        <source>Unknown sub-command: user %1.</source>
        <translation>Subperintah tidak dikenal: user %1.</translation>
    </message>
    <message>
        <source>This database already has user accounts: add users with loket-cli --user ADMIN user add.</source>
        <translation>Basis data ini sudah memiliki akun pengguna: tambahkan pengguna dengan loket-cli --user ADMIN user add.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrator %1 dibuat.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation>--%1 harus berupa tanggal seperti 2026-01-31, bukan "%2".</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Jejak audit utuh: %1 entri diperiksa.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. First bad entry: %1.</source>
        <translation>Jejak audit telah diubah secara tidak sah. Entri rusak pertama: %1.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit harus bilangan bulat 1 atau lebih, bukan "%1".</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) lebih awal dari --from (%2).</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>Tidak ada entri audit yang cocok.</translation>
    </message>
    <message>
        <source>(the newest %1 of %2 entries; use --limit for more)</source>
        <translation>(%1 entri terbaru dari %2; gunakan --limit untuk lebih banyak)</translation>
    </message>
    <message>
        <source>audit needs a sub-command: verify or log.</source>
        <translation>audit memerlukan subperintah: verify atau log.</translation>
    </message>
    <message>
        <source>Unknown sub-command: audit %1.</source>
        <translation>Subperintah tidak dikenal: audit %1.</translation>
    </message>
</context>
<context>
    <name>loket::cli::CliContext</name>
    <message>
        <source>This command needs a signed-in user: add --user NAME (the password comes from LOKET_PASSWORD or is asked for on the terminal).</source>
        <translation>Perintah ini memerlukan pengguna yang masuk: tambahkan --user NAMA (kata sandi diambil dari LOKET_PASSWORD atau ditanyakan di terminal).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>No password given: set %1 or run loket-cli on a terminal.</source>
        <translation>Kata sandi tidak diberikan: isi %1 atau jalankan loket-cli di terminal.</translation>
    </message>
    <message>
        <source>Again, to confirm: </source>
        <translation>Sekali lagi, untuk konfirmasi: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Periksa rantai</translation>
    </message>
    <message>
        <source>Recomputes every entry&apos;s hash to find entries changed or deleted after they were written.</source>
        <translation>Menghitung ulang hash setiap entri untuk menemukan entri yang diubah atau dihapus setelah ditulis.</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>id rekaman</translation>
    </message>
    <message>
        <source>e.g. user or case.register</source>
        <translation>mis. user atau case.register</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <source>%1 entries; %2 shown. Scroll down for older entries.</source>
        <translation>%1 entri; %2 ditampilkan. Gulir ke bawah untuk entri yang lebih lama.</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 at %4</source>
        <translation>Entri %1 · %2 · %3 di %4</translation>
    </message>
    <message>
        <source>Action: %1 · Record: %2 %3</source>
        <translation>Tindakan: %1 · Rekaman: %2 %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Sebelum:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Sesudah:</translation>
    </message>
    <message>
        <source>Hash: %1 (previous %2)</source>
        <translation>Hash: %1 (sebelumnya %2)</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Jejak audit utuh: %1 entri diperiksa.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. First bad entry: %1.</source>
        <translation>Jejak audit telah diubah secara tidak sah. Entri rusak pertama: %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Komputer loket</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>loket::ui::FirstAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Buat akun administrator</translation>
    </message>
    <message>
        <source>Welcome to Loket</source>
        <translation>Selamat datang di Loket</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds the officers and gives them their roles.</source>
        <translation>Basis data ini belum memiliki akun. Buat akun administrator: administrator kemudian menambahkan para petugas dan memberikan peran mereka.</translation>
    </message>
    <message>
        <source>e.g. Andi Pratama, S.Kom.</source>
        <translation>mis. Andi Pratama, S.Kom.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>sedikitnya %1 karakter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>loket::ui::LockScreen</name>
    <message>
        <source>Loket is locked</source>
        <translation>Loket terkunci</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Switch officer…</source>
        <translation>Ganti petugas…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter the password to go on.</source>
        <translation>Masuk sebagai: %1 (%2). Masukkan kata sandi untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Atur ulang kata sandi %1</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters that only you know.</source>
        <translation>Pilih kata sandi sedikitnya %1 karakter yang hanya Anda ketahui.</translation>
    </message>
    <message>
        <source>Give %1 this temporary password in person; they must choose their own at the next sign-in.</source>
        <translation>Berikan kata sandi sementara ini kepada %1 secara langsung; ia wajib memilih kata sandinya sendiri saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password now (at least %1 characters) before you continue.</source>
        <translation>Kata sandi Anda diatur oleh administrator. Pilih kata sandi Anda sendiri sekarang (sedikitnya %1 karakter) sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SessionController</name>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Kunci layar</translation>
    </message>
    <message>
        <source>&amp;Switch officer…</source>
        <translation>&amp;Ganti petugas…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Ganti &amp;kata sandi saya…</translation>
    </message>
</context>
<context>
    <name>loket::ui::SignInDialog</name>
    <message>
        <source>Sign in to Loket</source>
        <translation>Masuk ke Loket</translation>
    </message>
    <message>
        <source>Licensing office</source>
        <translation>Kantor perizinan</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Basis data demo</translation>
    </message>
    <message>
        <source>The data in it are invented, for trying Loket out.</source>
        <translation>Datanya rekaan, untuk mencoba Loket.</translation>
    </message>
    <message>
        <source>Sign in with one of these accounts:</source>
        <translation>Masuk dengan salah satu akun berikut:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>loket::ui::StaffRegisterModel</name>
    <message>
        <source>not recorded</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Diklat Kepribadian</source>
        <translation>Diklat Kepribadian</translation>
    </message>
    <message>
        <source>Meets standard</source>
        <translation>Memenuhi standar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Kekurangan</translation>
    </message>
</context>
<context>
    <name>loket::ui::TrainingDialog</name>
    <message>
        <source>Add training of %1</source>
        <translation>Tambah pelatihan %1</translation>
    </message>
    <message>
        <source>needed for other training</source>
        <translation>wajib untuk pelatihan lain</translation>
    </message>
    <message>
        <source>e.g. BPSDM Provinsi Jawa Barat</source>
        <translation>mis. BPSDM Provinsi Jawa Barat</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
</context>
<context>
    <name>loket::ui::UserEditDialog</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Ubah pengguna %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>e.g. siti.rahma</source>
        <translation>mis. siti.rahma</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>at least %1 characters; changed at the first sign-in</source>
        <translation>sedikitnya %1 karakter; diganti saat pertama kali masuk</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Kata sandi awal</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Daftar pelaksana</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Has technical competence in the PTSP field handled</source>
        <translation>Memiliki kompetensi teknis sesuai bidang PTSP yang ditangani</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Work in government</source>
        <translation>Bekerja di pemerintahan</translation>
    </message>
    <message>
        <source>Work in PTSP service</source>
        <translation>Bekerja di layanan PTSP</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>loket::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Terkunci sampai %1</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Aktif, wajib ganti kata sandi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
</context>
<context>
    <name>loket::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Add training…</source>
        <translation>Tambah pelatihan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>Daftar pelaksana</translation>
    </message>
    <message>
        <source>Staff: %1 active of the %2 the service standard sets (Jumlah Pelaksana).</source>
        <translation>Pelaksana: %1 aktif dari %2 yang ditetapkan standar pelayanan (Jumlah Pelaksana).</translation>
    </message>
    <message>
        <source>%1 short of the standard. </source>
        <translation>Kurang %1 dari standar. </translation>
    </message>
    <message>
        <source>%1 of %2 meet the competence list (education; Diklat PTSP, Diklat OSS, Diklat Kepribadian).</source>
        <translation>%1 dari %2 memenuhi kompetensi pelaksana (pendidikan; Diklat PTSP, Diklat OSS, Diklat Kepribadian).</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Catatan pelatihan</translation>
    </message>
    <message>
        <source>Training records of %1</source>
        <translation>Catatan pelatihan %1</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They choose their own at the next sign-in.</source>
        <translation>Kata sandi %1 telah diatur ulang. Ia memilih kata sandinya sendiri saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Disable the account %1? They can no longer sign in; their history stays.</source>
        <translation>Nonaktifkan akun %1? Ia tidak dapat masuk lagi; riwayatnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Remove the training record &quot;%1&quot;?</source>
        <translation>Hapus catatan pelatihan "%1"?</translation>
    </message>
</context>
</TS>
